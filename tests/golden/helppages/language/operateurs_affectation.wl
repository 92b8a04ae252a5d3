// Page d'aide « Opérateurs d'affectation » ?1515003 (doc.pcsoft.fr), écrite avec les noms
// français : ce que fait `=` sur chaque type (tableaux associatifs, files, piles, listes
// et structures sont copiés ; un tableau affecté à un tableau en est une référence),
// l'affectation multiple, et la copie de tableaux avec `<=`
// (refusée avant : « '<=' needs two structures or objects »). Règles de la page, sur
// des valeurs à nous (la copie stockée s'arrête avant ses exemples).
a1 est un tableau associatif d'entiers
a1["x"] = 1
a2 est un tableau associatif d'entiers
a2 = a1
a2["x"] = 5
Trace(a1["x"], a2["x"])
// expect: 1, 5
f1 est une File d'entiers
Enfile(f1, 1)
f2 est une File d'entiers
f2 = f1
Enfile(f2, 2)
Trace(f1.Occurrence, f2.Occurrence)
// expect: 1, 2
p1 est une Pile d'entiers
Empile(p1, 1)
p2 est une Pile d'entiers
p2 = p1
Empile(p2, 3)
Trace(p1.Occurrence, p2.Occurrence)
// expect: 1, 2
l1 est une Liste d'entiers
Ajoute(l1, 4)
l2 est une Liste d'entiers
l2 = l1
Ajoute(l2, 5)
Trace(l1.Occurrence, l2.Occurrence)
// expect: 1, 2
STPoint est une Structure
	X est un entier
	Y est un entier
FIN
pt1 est un STPoint
pt1.X = 1
pt2 est un STPoint
pt2 = pt1
pt2.X = 2
Trace(pt1.X, pt2.X)
// expect: 1, 2
// Affectation multiple
x, y, z sont des entiers
(x, y, z) = (5, 8, 12)
Trace(x, y, z)
// expect: 5, 8, 12
// Affectation simple entre tableaux : la destination est une référence à la source
tabA est un tableau d'entiers = [1, 2]
tabB est un tableau d'entiers
tabB = tabA
TableauAjoute(tabB, 3)
tabB[1] = 7
Trace(tabA.Occurrence, tabA[1])
// expect: 3, 7
// Affectation par copie sur les tableaux
tabSource est un tableau d'entiers = [10, 20, 30]
tabCopie est un tableau d'entiers
tabCopie <= tabSource
tabCopie[1] = 99
Trace(tabSource[1], tabCopie[1], tabCopie.Occurrence)
// expect: 10, 99, 3
// Copie homonymique : les membres de même nom
STVille est une Structure
	X est un entier
	Nom est une chaîne
FIN
v est un STVille
v.Nom = "Paris"
v <= pt1
Trace(v.X, v.Nom)
// expect: 1, Paris
