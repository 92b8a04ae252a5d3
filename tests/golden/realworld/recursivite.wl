// Procédures récursives classiques : factorielle, PGCD, inversion de chaîne, Fibonacci
POUR i = 0 À 5
    Trace(ChaîneConstruit("%1! = %2", i, Factorielle(i)))
FIN
// expect: 0! = 1
// expect: 1! = 1
// expect: 2! = 2
// expect: 3! = 6
// expect: 4! = 24
// expect: 5! = 120
Trace(Factorielle(20))          // expect: 2432902008176640000
Trace(PGCD(1071, 462))          // expect: 21
Trace(Inverse("Bonjour"))       // expect: ruojnoB
Trace(Inverse(""))              // expect:

sSuite est une chaîne
POUR n = 1 À 10
    sSuite += [", "] + Fibo(n)
FIN
Trace(sSuite) // expect: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55

Trace(SommeChiffres(98765)) // expect: 35

PROCÉDURE Factorielle(n est un entier) : entier sur 8 octets
SI n <= 1 ALORS RENVOYER 1
RENVOYER n * Factorielle(n - 1)

PROCEDURE PGCD(a est un entier, b est un entier)
si b = 0 alors renvoyer a
renvoyer PGCD(b, a % b)

PROCÉDURE Inverse(s est une chaîne)
SI Taille(s) <= 1 ALORS RENVOYER s
RENVOYER Inverse(Milieu(s, 2)) + Gauche(s, 1)

PROCÉDURE Fibo(n)
SI n <= 2 ALORS
    RENVOYER 1
SINON
    RENVOYER Fibo(n - 1) + Fibo(n - 2)
FIN

PROCÉDURE SommeChiffres(nNombre est un entier)
SI nNombre < 10 ALORS RENVOYER nNombre
RENVOYER nNombre % 10 + SommeChiffres(IntegerPart(nNombre / 10))
