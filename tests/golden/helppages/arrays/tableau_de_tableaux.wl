// Page d'aide "Tableau (Type de variable)" (?1514030), son exemple de tableau de
// tableaux écrit en français : tabMonTableau[1,1] est l'élément 1 du tableau
// tabMonTableau[1] (le remplissage du tableau intérieur, que l'extrait n'a pas, est
// écrit avec TableauAjoute).
tabMonTableau est un tableau de tableaux de chaînes
nIndiceTab est un entier
nIndiceTab = TableauAjoute(tabMonTableau)
TableauAjoute(tabMonTableau[nIndiceTab], "Janvier")
TableauAjoute(tabMonTableau[nIndiceTab], "300")
Trace(tabMonTableau[1,1]) // Affiche "Janvier"
Trace(tabMonTableau[1,2]) // Affiche "300"
// expect: Janvier
// expect: 300
