// TableauAjouteLigne sur un tableau à une dimension ajoute un élément, comme
// TableauAjoute, et renvoie son indice ; plusieurs valeurs font une ligne, pour deux
// dimensions seulement
tabRésultat est un tableau d'entiers
n est un entier = TableauAjouteLigne(tabRésultat, 12)
TableauAjouteLigne(tabRésultat, 7)
Trace(n, TableauOccurrence(tabRésultat), tabRésultat[2]) // expect: 1, 2, 7
SI TableauCherche(tabRésultat, tcLinéaire, 7) = 2 ALORS Trace("trouvé") // expect: trouvé
tabNoms est un tableau de chaînes
TableauAjouteLigne(tabNoms)
Trace(TableauOccurrence(tabNoms), "[" + tabNoms[1] + "]") // expect: 1, []
Produit est une Structure
	Nom est une chaîne
FIN
p est un Produit
p.Nom = "stylo"
panier est un tableau de Produit
TABLEAUAJOUTELIGNE(panier, p)
Trace(panier[1].Nom) // expect: stylo
TableauAjouteLigne(tabRésultat, 1, 2) // expect error: TableauAjouteLigne: a one-dimensional array takes one value, an element (2 were given); a row of several values needs a two-dimensional array.
