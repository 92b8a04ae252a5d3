// Une ligne finissant par '=', puis un tableau littéral en tête de la ligne
// suivante : l'instruction continue là, comme avec une chaîne multiligne
// (docs/semantics.md, "Multi-line strings")
tabCodes est un tableau d'entiers
tabCodes =
[3, 5, 8]
Trace(TableauOccurrence(tabCodes), tabCodes[3])
tabNoms est un tableau de chaînes =
[
	"Anne",
	"Benoît"
]
Trace(tabNoms[2])
tabGrille est un tableau de 2 par 2 entiers
tabGrille =
	[[1, 2], [3, 4]]
Trace(tabGrille[2, 1])
// expect: 3, 8
// expect: Benoît
// expect: 3
