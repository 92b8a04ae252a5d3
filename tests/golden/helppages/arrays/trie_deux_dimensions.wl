// Page "<Tableau>.Trie" (?1000024318) : tri d'un tableau à deux dimensions, en français.
MonTableau est un tableau de 3 par 2 entiers
MonTableau[1,1] = 1; MonTableau[1,2] = 30
MonTableau[2,1] = 2; MonTableau[2,2] = 10
MonTableau[3,1] = 3; MonTableau[3,2] = 20
TableauTrie(MonTableau, ttCroissant, 2)
Trace(MonTableau[1,1], MonTableau[2,1], MonTableau[3,1]) // expect: 2, 3, 1
Trie(MonTableau, ttColonne, "-1")
Trace(MonTableau[1,1], MonTableau[2,1], MonTableau[3,1]) // expect: 3, 2, 1
