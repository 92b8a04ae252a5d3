// un type inconnu (une classe d'un autre fichier) : avertissement, la variable est un variant
c est un Machin
c = 5
Trace(c + 1) // expect: 6
t est un tableau de Machins
TableauAjoute(t, "x")
Trace(t[1], TableauOccurrence(t)) // expect: x, 1
