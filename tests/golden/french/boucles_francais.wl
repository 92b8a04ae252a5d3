// toutes les boucles en français
POUR i = 10 À 0 PAS -5
	Trace(i)
FIN
// expect: 10
// expect: 5
// expect: 0
n est un entier
BOUCLE
	n++
	SI n = 2 ALORS CONTINUER
	SI n > 3 ALORS SORTIR
	Trace("n" + n)
FIN
// expect: n1
// expect: n3
POUR CHAQUE v DE [7, 8]
	Trace(v)
FIN
// expect: 7
// expect: 8
