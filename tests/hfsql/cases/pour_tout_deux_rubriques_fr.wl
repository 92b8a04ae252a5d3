// POUR TOUT Fichier OÙ Rubrique op AutreRubrique : les deux rubriques de chaque enregistrement
// sont comparées (Price > Stock). La seconde était lue comme une variable non déclarée, évaluée
// une fois : l'exécution s'arrêtait (« string cannot be used as a number »), check ne disait rien.
POUR i = 1 À 3
	HRAZ(Product)
	Product.Reference = "R" + i
	Product.Label = "L" + i
	Product.Price = [5, 20, 7][i]
	Product.Stock = [10, 10, 7][i]
	HAjoute(Product)
FIN
POUR TOUT Product OÙ Price > Stock
	Trace("gt", Product.Reference)
FIN
// expect: gt, R2
POUR TOUT Product AVEC Product.Price <= Product.Stock ET Stock > 8
	Trace("le", Product.Reference)
FIN
// expect: le, R1
POUR TOUT Product OÙ Stock = Price OU PAS (Price <> 20)
	Trace("eq", Product.Reference)
FIN
// expect: eq, R2
// expect: eq, R3
// deux textes se comparent comme la première rubrique : une clé texte sans casse ni accents
HRAZ(Customer)
Customer.Name = "Zoé"
Customer.Société = "zoe"
HAjoute(Customer)
Customer.Name = "Ann"
Customer.Société = "ann"
HAjoute(Customer)
POUR TOUT Customer OÙ Name = Société
	Trace("clé d'abord", Customer.Name)
FIN
// expect: clé d'abord, Zoé
// expect: clé d'abord, Ann
POUR TOUT Customer OÙ Société = Name
	Trace("texte d'abord", Customer.Name)
FIN
POUR TOUT Product AVEC Price > Label
	Trace("jamais", Product.Reference)
FIN
// expect error: FOR EACH Product: Price and Label are compared, a text item with an item that is no text.
