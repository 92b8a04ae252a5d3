// POUR TOUT qui rencontre une erreur de la base suit la convention des fonctions H* : la boucle s'arrête, HErreur() et ErreurDétectée sont positionnés
HRAZ(Product)
Product.Reference = "A"
HAjoute(Product)
q est une Source de Données
HExécuteRequêteSQL(q, "DROP TABLE Product")
n est un entier
POUR TOUT Product
	n++
FIN
Trace(n, ErreurDétectée, HErreur() <> 0)      // expect: 0, 1, 1
Trace(HNbEnr(Customer), HErreur())             // expect: 0, 0
