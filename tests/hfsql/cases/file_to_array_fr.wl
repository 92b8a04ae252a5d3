// FichierVersTableau : les enregistrements dans un tableau de structures
STProduit est une Structure
	Reference est une chaîne
	Stock est un entier
FIN
HRAZ(Product)
Product.Reference = "Z9"
Product.Stock = 4
HAjoute(Product)
t est un tableau de STProduit
Trace(FichierVersTableau(t, Product), t[1].Reference, t[1].Stock) // expect: 1, Z9, 4
Trace(HGèreRéplication(rplRéplicationHétérogène), HGereReplication(rplRéplicationAucune)) // expect: 1, 1
Trace(HGereRep(Vrai), HGèreREP(Faux)) // expect: 1, 1
e est un tableau d'entiers
FichierVersTableau(e, Product) // expect error: FichierVersTableau: an array of structures or classes is expected
