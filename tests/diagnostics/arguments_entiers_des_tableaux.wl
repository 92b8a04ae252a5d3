// Un paramètre entier d'une fonction de tableau (la dimension de TableauOccurrence, le
// mode de TableauCherche) reçoit un réel littéral : l'exécution le tronque vers zéro, le
// contrôle dit que la partie décimale est perdue (WL206) ; hors de la plage des entiers,
// l'exécution s'arrête (WL110). Le deuxième paramètre de TableauInsère n'en est plus un
// (une clé sur un tableau associatif, fa871e51) : le contrôle n'y dit rien.
t est un tableau d'entiers = [1, 2, 3]
Trace(TableauOccurrence(t, 1.5)) // warning: WL206:28 TableauOccurrence expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
TableauInsère(t, 2.9, 9)
Trace(TableauCherche(t, tcLinéaire, 9))
Trace(TableauInsère(t, 1e19, 9))
TableauInsère(t, 1, 7)
Trace(TableauOccurrence(t, 1))
