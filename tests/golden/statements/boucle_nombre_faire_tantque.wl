// BOUCLE (n) s'exécute n fois ; BOUCLE ... À FAIRE TANTQUE c teste c après chaque passage
n est un entier
BOUCLE (2)
	n += 10
FIN
Trace(n) // expect: 20
i est un entier = 0
BOUCLE
	i++
À FAIRE TANTQUE i < 3
Trace(i) // expect: 3
BOUCLE
	i++
FAIRE TANTQUE i < 5
Trace(i) // expect: 5
