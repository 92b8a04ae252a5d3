// BOUCLE ... A FAIRE TANTQUE c : le À sans accent (et toute casse) ferme la boucle
j est un entier
Boucle
	j++
A FAIRE TANTQUE j < 3
Trace(j) // expect: 3
k est un entier
BOUCLE
	k += 2
a faire tantque k < 5
Trace(k) // expect: 6
a est un entier = 4
a = a + 1
Trace(a) // expect: 5
n est un entier
boucle
	n++
À FAIRE TANTQUE n < 2
Trace(n) // expect: 2
