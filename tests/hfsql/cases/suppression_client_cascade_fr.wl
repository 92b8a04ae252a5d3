// (méthode b) Code métier : intégrité puis suppression en cascade à la main
nDupont est un entier = AjouteClient("Dupont")
nMartin est un entier = AjouteClient("Martin", "Paris")
AjouteCommande(nDupont, 120.5)
AjouteCommande(nDupont, 80)
AjouteCommande(nMartin, 15)
// suppression directe : refusée
HLitRecherchePremier(Customer, CustomerID, nDupont)
SI PAS HSupprime(Customer) ALORS
	SI HErreurIntégrité() ALORS Trace("Intégrité :", HErreurInfo(hErrFichier)) SINON Trace(HErreurInfo())
FIN
Trace(HNbEnr(Customer), HNbEnr(Orders))
// en cascade
Trace(SupprimeClientEnCascade(nDupont))
Trace(HNbEnr(Customer), HNbEnr(Orders))
Trace(SupprimeClientEnCascade(999))
POUR TOUT Orders
	Trace(Orders.CustomerID = nMartin, Orders.Total)
FIN
// Suppression d'un client : refusée tant qu'il a des commandes (intégrité), puis
// suppression en cascade écrite à la main dans une transaction
// expect: Intégrité :, Customer
// expect: 2, 3
// expect: 1
// expect: 1, 1
// expect: 0
// expect: 1, 15

PROCÉDURE AjouteClient(sNom est une chaîne, sVille est une chaîne = "Lyon") : entier
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
HAjoute(Customer)
RENVOYER Customer.CustomerID

PROCÉDURE AjouteCommande(nClient est un entier, mTotal est un monétaire)
HRAZ(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = "20241105"
Orders.Total = mTotal
HAjoute(Orders)

PROCÉDURE SupprimeClientEnCascade(LOCAL nClient est un entier) : booléen
SI PAS HLitRecherchePremier(Customer, CustomerID, nClient) ALORS RENVOYER Faux
HTransactionDébut()
POUR TOUT Orders AVEC CustomerID = nClient
	SI PAS HSupprime(Orders) ALORS
		HTransactionAnnule()
		RENVOYER Faux
	FIN
FIN
SI PAS HLitRecherchePremier(Customer, CustomerID, nClient) _OU_ PAS HSupprime(Customer) ALORS
	HTransactionAnnule()
	RENVOYER Faux
FIN
HTransactionFin()
RENVOYER Vrai
