// un indice juste après un tableau littéral lit son élément (issue 8) : ["a","b"][i]
i est un entier = 1
Trace(["lundi", "mardi"][i]) // expect: lundi
Trace([10, 20, 30][3] + [[1, 2], [3, 4]][1][2]) // expect: 32
Trace(["x", "y"][0]) // expect error: 0
