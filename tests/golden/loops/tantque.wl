// TANTQUE ... FIN
i est un entier = 3
TANTQUE i > 0
	Trace(i)
	i--
FIN
// expect: 3
// expect: 2
// expect: 1
