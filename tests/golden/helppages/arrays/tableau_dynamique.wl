// Page d'aide "Tableau dynamique" (?1514057) : son exemple écrit tel quel (les trois
// façons d'écrire l'allocation), avec des Trace. La page écrit ensuite
// TableauClient[2,5,3] = 47 (trois indices) sur un tableau de 4 par 7 : la référence est
// faite ici avec deux indices, et sa forme TableauClient[2][5].
// Déclarer un tableau dynamique
TableauClient est un tableau dynamique
TableauClient = allouer un tableau de 4 par 7 entiers
Trace(TableauClient[4,7]) // expect: 0
// Équivalent à : TableauClient = allouer un tableau de 4,7 entiers
TableauClient2 est un tableau dynamique
TableauClient2 = allouer un tableau de 4,7 entiers
// (A partir de la version 17) Équivalent à : TableauClient = allouer un tableau [4,7] entiers
TableauClient3 est un tableau dynamique
TableauClient3 = allouer un tableau [4,7] entiers
// Faire référence à un tableau dynamique
TableauClient[2,5] = 47
Trace(TableauClient[2][5], TableauClient2[4,7], TableauClient3[4,7]) // expect: 47, 0, 0
