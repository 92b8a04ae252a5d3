// TableauAjoute et Ajoute ajoutent à la fin
t est un tableau d'entiers
TableauAjoute(t, 5)
Ajoute(t, 7)
Trace(TableauOccurrence(t), t[1] + t[2]) // expect: 2, 12
