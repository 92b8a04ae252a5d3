// Conditions constantes calculées à la compilation ; une erreur reste une erreur
// à l'exécution, à sa ligne.
SI 3 > 0 ALORS Trace("oui") // expect: oui
SI 1 = 2 OU PAS Vrai ALORS
    Trace("jamais")
SINON
    Trace("non") // expect: non
FIN
n est un entier = 2 + 3 * 4
Trace(n, "a" + 1, 7 / 2, 6 / 2, -7 % 3, 10 % 4) // expect: 14, a1, 3.5, 3, -1, 2
TANTQUE 1 < 2
    n++
    SI n > 16 ALORS SORTIR
FIN
Trace(n) // expect: 17
QUAND EXCEPTION DANS
    Trace(1 / 0)
FAIRE
    Trace(ExceptionInfo()) // expect: Division by zero.
FIN
Trace(5 % 0) // expect error: Modulo by zero.
