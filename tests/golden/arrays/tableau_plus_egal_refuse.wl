// `tab -= x` (et +=, *=, /=) sur un tableau arrête l'exécution avec les mots et l'aide
// de WL113 dans `wl check`, TableauAjoute (ArrayAdd) (décidé : aucune page d'aide
// stockée ne donne `+=` sur les tableaux, docs/semantics.md "`+=` on an array") ; il
// disait "A value of type array cannot be used as a number". Le `+=` d'un élément
// reste arithmétique.
tabQté est un tableau d'entiers = [1, 2]
tabQté[2] += 5
Trace(tabQté[2]) // expect: 7
TableauAjoute(tabQté, 3)
Trace(TableauOccurrence(tabQté)) // expect: 3
tabQté -= 4 // expect error: 'tabQté' is an array: it cannot be an operand of '-='
