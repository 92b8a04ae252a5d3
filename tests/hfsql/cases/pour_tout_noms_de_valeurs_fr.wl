// POUR TOUT Fichier OÙ Rubrique op Nom : un nom que le code peut lire (une constante du
// programme, une constante prédéfinie, une variable globale lue dans une procédure) est cette
// valeur, comparée à la rubrique de chaque enregistrement ; seul un nom qui n'est rien d'autre
// est une autre rubrique du fichier. Une constante était lue comme une rubrique : check disait
// WL109 « 'PrixMax' is not an item of the data file Product » et l'exécution s'arrêtait de même.
POUR i = 1 À 3
	HRAZ(Product)
	Product.Reference = "R" + i
	Product.Label = "L" + i
	Product.Price = [5, 20, 7][i]
	Product.Stock = [10, 10, 7][i]
	HAjoute(Product)
FIN
CONSTANTE
	PrixMax = 10
FIN
POUR TOUT Product OÙ Price > PrixMax
	Trace("constante", Product.Reference)
FIN
// expect: constante, R2
POUR TOUT Product OÙ Label <> RC ET Price < PrixMax
	Trace("prédéfinie", Product.Reference)
FIN
// expect: prédéfinie, R1
// expect: prédéfinie, R3
Limite est un entier = 6
Montre()
// expect: globale, R2
// expect: globale, R3
POUR TOUT Product OÙ Price > Stock
	Trace("rubriques", Product.Reference)
FIN
// expect: rubriques, R2

PROCÉDURE Montre()
POUR TOUT Product OÙ Price > Limite
	Trace("globale", Product.Reference)
FIN
