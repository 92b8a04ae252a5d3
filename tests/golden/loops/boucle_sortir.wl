// BOUCLE ... FIN jusqu'à SORTIR
n est un entier = 10
BOUCLE
	n = n - 3
	SI n < 0 ALORS SORTIR
FIN
Trace(n) // expect: -2
