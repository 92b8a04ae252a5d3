// Un paramètre entier d'une fonction de tableau (la dimension de TableauOccurrence,
// l'indice de TableauInsère, le mode de TableauCherche) reçoit un réel littéral :
// l'exécution le tronque vers zéro, le contrôle dit que la partie décimale est perdue
// (WL206) ; hors de la plage des entiers, l'exécution s'arrête (WL110).
t est un tableau d'entiers = [1, 2, 3]
Trace(TableauOccurrence(t, 1.5)) // warning: WL206:28 TableauOccurrence expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
TableauInsère(t, 2.9, 9) // warning: WL206:18 TableauInsère expects an integer as parameter 2: 2.9 is read as 2, its decimal part is lost
Trace(TableauCherche(t, tcLinéaire, 9))
Trace(TableauInsère(t, 1e19, 9)) // error: WL110:24 TableauInsère: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
TableauInsère(t, 1, 7)
Trace(TableauOccurrence(t, 1))
// sur un tableau associatif le deuxième paramètre est la clé : pas lue comme un rang
aa est un tableau associatif de réels
TableauInsère(aa, "eur", 1.08)
Trace(aa["eur"])
