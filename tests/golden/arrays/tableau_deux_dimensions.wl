// tableau à deux dimensions t[i, j]
t est un tableau de 3 par 3 entiers
POUR i = 1 À 3
	t[i, i] = 1
FIN
Trace(t[1, 1] + t[2, 2] + t[3, 3], t[1, 2]) // expect: 3, 0
