// HTransactionAnnule ?3044001 : son premier exemple (la commande ajoutée dans un bloc
// QUAND EXCEPTION DANS), sur la base du programme. Sans transaction en cours, la fonction
// « rétablit la cohérence de la base » : Vrai, sans erreur (elle échouait avec HErreur).
HRAZ(Customer)
Customer.Name = "Clark"
HAjoute(Customer)
Trace(HTransactionDébut())                              // expect: 1
AjoutCommande()
QUAND EXCEPTION DANS
	// Ajout de la commande
	HAjoute(Orders)
	// Validation de l'ajout
	HTransactionFin()
FAIRE
	// Suppression des lignes de commandes
	HTransactionAnnule()
FIN
Trace(HTransactionEnCours(), HNbEnr(Orders))        // expect: 0, 1
// sans transaction en cours : rien à rétablir, Vrai et pas d'erreur
Trace(HTransactionAnnule(), HErreur(), ErreurDétectée)   // expect: 1, 0, 0
HTransactionDébut()
AjoutCommande()
Trace(HAjoute(Orders), HNbEnr(Orders))                     // expect: 1, 2
Trace(HTransactionAnnule(), HNbEnr(Orders))             // expect: 1, 1
Trace(HTransactionAnnule(), HNbEnr(Orders))             // expect: 1, 1
// HTransactionFin sans transaction échoue toujours
Trace(HTransactionFin(), HErreurInfo())                  // expect: 0, no transaction in progress.

PROCÉDURE AjoutCommande()
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
