// Pages d'aide "<Tableau>.Trie" (?1000024318) et "Trie" (?1000017364, équivalent de
// TableauTrie) : les exemples à une dimension, tels qu'écrits, en français.
// Tri d'un tableau à une dimension
MonTableau est un tableau de 2 entiers
MonTableau[1] = 4
MonTableau[2] = 1
Trie(MonTableau, ttCroissant)
Trace(MonTableau[1], MonTableau[2]) // expect: 1, 4
// Affiche "1" puis "4"
MonTableau.Trie(ttDécroissant)
Trace(MonTableau[1], MonTableau[2]) // expect: 4, 1
trie(MonTableau)
Trace(MonTableau[1], MonTableau[2]) // expect: 1, 4
