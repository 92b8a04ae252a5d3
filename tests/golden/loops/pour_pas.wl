// POUR ... PAS, positif et négatif
POUR i = 1 À 7 PAS 3
	Trace(i)
FIN
// expect: 1
// expect: 4
// expect: 7
POUR i = 3 À 1 PAS -1
	Trace(i)
FIN
// expect: 3
// expect: 2
// expect: 1
