// (method (b), 5 December evening) stock management as written: procedures with a variable
// number of parameters (MesParamètres, written without accent too), SELON ... CAS < n,
// lower-case H* names, POUR TOUT ... AVEC on a real item; passes on both databases
Trace(AjouteProduits("A1", "B2", "C3"))
HTransactionDebut()
Trace(Sortie("A1", 5), Sortie("B2", 50), Sortie("ZZ", 1))
HTransactionFin()
POUR TOUT Product SUR Reference
	Trace(Product.Reference, Product.Stock, Product..NouvelEnregistrement)
FIN
Trace(HLitPremier(Product, Reference), HNbEnr(Product), HEnDehors(Product))
nTotal est un réel
POUR TOUT Product AVEC Stock > 15
	nTotal += Product.Price * Product.Stock
FIN
Trace(nTotal)
// expect: 3
// expect: stock insuffisant, B2
// expect: 1, 0, 0
// expect: A1, 5, 0
// expect: B2, 20, 0
// expect: C3, 30, 0
// expect: 1, 3, 0
// expect: 325

// gestion de stock, casse mélangée et sans accents
PROCEDURE AjouteProduits(*)
	POUR i = 1 _A_ MesParametres..Occurrence
		hraz(Product)
		Product.Reference = MesParamètres[i]
		Product.Label = "Article " + i
		Product.Price = i * 2.5
		Product.Stock = i * 10
		SI PAS HAjoute(Product) ALORS Trace("refus", HErreurInfo())
	FIN
	RENVOYER MesParametres..Occurrence

PROCEDURE Sortie(sRef est une chaine, nQte est un entier) : booleen
	SI PAS hlitrecherchepremier(Product, Reference, sRef) ALORS RENVOYER Faux
	SELON Product.Stock
		CAS < nQte : Trace("stock insuffisant", sRef) ; RENVOYER Faux
		AUTRE CAS
			Product.Stock -= nQte
			RENVOYER HModifie(Product)
	FIN
