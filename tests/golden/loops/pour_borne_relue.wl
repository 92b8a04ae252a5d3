// avec À la borne est relue à chaque tour ; avec _À_ elle n'est lue qu'une fois
t est un tableau d'entiers = [1, 2]
POUR i = 1 À t..Occurrence
	SI i = 1 ALORS Ajoute(t, 3)
	Trace("À " + t[i])
FIN
// expect: À 1
// expect: À 2
// expect: À 3
n est un entier = 2
POUR i = 1 _À_ n
	n++
	Trace("_À_ " + i)
FIN
// expect: _À_ 1
// expect: _À_ 2
