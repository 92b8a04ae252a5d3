// Les mêmes résultats par la version entière d'une procédure et par la générale.
Trace(Fibo(15), Fibo("15")) // expect: 610, 610
compteur est un entier = 2147483646
compteur = Suivant(compteur)
compteur = Suivant(compteur)
Trace(compteur) // expect: -2147483648
x est un entier = 1
Double(x)
Trace(x) // expect: 2

PROCÉDURE Fibo(n)
SI n < 2 ALORS RENVOYER n
RENVOYER Fibo(n - 1) + Fibo(n - 2)

PROCÉDURE Suivant(v est un entier)
RENVOYER v + 1

PROCÉDURE Double(n)
n = n * 2
