// `tabTaux est un tableau de 3 entiers` a 3 éléments tant que rien ne lui en ajoute :
// l'élément 4 après TableauAjoute existe ; l'élément 3 d'un tableau de 2 que rien n'a
// agrandi arrête l'exécution avec ces mots, que `wl check` dit d'abord (WL110 ;
// docs/semantics.md "A subscript past a declared size")
tabTaux est un tableau de 3 entiers
tabTaux[3] = 30
TableauAjoute(tabTaux, 40)
Trace(TableauOccurrence(tabTaux), tabTaux[3], tabTaux[4]) // expect: 4, 30, 40
tabGardé est un tableau de 2 entiers
tabGardé[2] = 20
Trace(tabGardé[2]) // expect: 20
tabGardé[3] = 1 // expect error: Index 3 is out of range: the array has 2 element(s).
