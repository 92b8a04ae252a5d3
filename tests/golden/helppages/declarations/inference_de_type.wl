// Inférence de type ?3087003 : ses exemples tels qu'écrits (la procédure de l'inférence
// multiple est la nôtre et renvoie les valeurs de la page), sa remarque (la variable
// garde son type), son cas dynamique (`soit MaVar = Param1` dans une procédure dont le
// paramètre n'a pas de type : le type est celui de l'argument) et son affectation par
// référence (`soit x <- v` : la copie stockée nomme la partie sans son exemple ; forme
// INFERRED, docs/semantics.md "let / soit").
soit Montant = 1500.69 // type réel
soit Ville = "Montpellier" // type chaîne
// Inférence multiple
soit (x, y) = (1, "A")
Trace(Montant, Ville, x, y) // expect: 1500.69, Montpellier, 1, A
// Inférence multiple via une procédure renvoyant des valeurs multiples
soit (a, b) = MaProcédureARetourMultiple()
Trace(a, b) // expect: 2, B
// la variable garde son type même si une valeur d'un autre type lui est affectée
Montant = "12.5"
Ville = 42
Trace(Montant + 1, TypeVar(Montant) = wlRéel, Ville + 1) // expect: 13.5, 1, 421
MaProc(5)
MaProc("cinq")
// expect: 6
// expect: cinq1
tabValeurs est un tableau d'entiers = [1, 2, 3]
soit tabRef <- tabValeurs
tabRef[1] = 10
Trace(tabValeurs[1], tabRef[1]) // expect: 10, 10
PROCÉDURE MaProc(Param1)
soit MaVar = Param1
Trace(MaVar + 1)
PROCÉDURE MaProcédureARetourMultiple()
RENVOYER (2, "B")
