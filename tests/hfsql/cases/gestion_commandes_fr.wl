// (la méthode (b) du 5 décembre au soir : le code métier tel qu'on l'écrit, sur les
// deux bases ; Orders..Name donnait l'erreur "'name' is not an item")
// Gestion des commandes, écrite comme un développeur WINDEV l'écrit
CONSTANTE
	STATUT_NOUVELLE = 1
	STATUT_LIVREE = 2
FIN

gnNbErreurs est un entier = 0

nDupont est un entier = AjouteClient("Dupont")
nMartin est un entier = AjouteClient("Martin", "Lyon", 150.5)
AjouteClient("Élodie Noël", "Besançon")
PasseCommande(nDupont, 100.10)
PasseCommande(nDupont, 20.20)
PasseCommande(nMartin, 5)
Trace("Total Dupont : " + TotalClient(nDupont))
Trace("Livrées : " + LivreTout("Dupont"))
Trace(LivreTout("Inconnu"))
POUR TOUT Orders SUR OrderID
	Trace(Orders.OrderID, Orders.CustomerID, Orders.Total, Orders.Status)
FIN
// requête SQL avec paramètre
sReq est une Source de Données
SI HExécuteRequêteSQL(sReq, hRequêteDéfaut, "SELECT Name, City FROM Customer WHERE City = 'Lyon'") ALORS
	POUR TOUT sReq
		Trace(sReq.Name + " (" + sReq.City + ")")
	FIN
FIN
HFiltre(Customer, "City = 'Paris'")
HLitPremier(Customer, Name)
TANTQUE PAS HEnDehors(Customer)
	Trace("Parisien : " + Customer.Name)
	HLitSuivant(Customer, Name)
FIN
HDésactiveFiltre(Customer)
Trace(HNbEnr(Customer), gnNbErreurs)
// accès par .. et :
Trace(Customer..NomPhysique <> "", Orders..Name)
// expect: Total Dupont : 120.3
// expect: Livrées : 2
// expect: Client inconnu : Inconnu
// expect: 0
// expect: 1, 1, 100.1, 2
// expect: 2, 1, 20.2, 2
// expect: 3, 2, 5, 1
// expect: Martin (Lyon)
// expect: Parisien : Dupont
// expect: 3, 0
// expect: 1, Orders

PROCÉDURE AjouteClient(LOCAL sNom est une chaîne, LOCAL sVille est une chaîne = "Paris", nSolde est un monétaire = 0) : entier
	HRAZ(Customer)
	Customer.Name = sNom
	Customer.City = sVille
	Customer.Balance = nSolde
	SI PAS HAjoute(Customer) ALORS
		SI HErreurDoublon() ALORS
			Trace("Doublon : " + sNom)
		SINON
			Trace("Erreur : " + HErreurInfo())
		FIN
		gnNbErreurs++
		RENVOYER 0
	FIN
	RENVOYER Customer.CustomerID

PROCÉDURE PasseCommande(nIDClient est un entier, mTotal est un monétaire)
	HRAZ(Orders)
	Orders.CustomerID = nIDClient
	Orders.OrderDate = DateSys()
	Orders.Total = mTotal
	Orders.Status = STATUT_NOUVELLE
	HAjoute(Orders)
	RENVOYER Orders.OrderID

PROCÉDURE TotalClient(nID est un entier) : monétaire
	mTotal est un monétaire = 0
	POUR TOUT Orders AVEC CustomerID = nID
		mTotal += Orders.Total
	FIN
	RENVOYER mTotal

PROCEDURE LivreTout(sNom est une chaîne)
	nNb est un entier
	HLitRecherchePremier(Customer, Name, sNom)
	SI HTrouve(Customer) = Faux ALORS
		Trace("Client inconnu : " + sNom)
		RENVOYER 0
	FIN
	HTransactionDébut()
	HLitRecherchePremier(Orders, CustomerID, Customer.CustomerID)
	TANTQUE PAS HEnDehors(Orders) ET Orders.CustomerID = Customer.CustomerID
		Orders.Status = STATUT_LIVREE
		HModifie(Orders)
		nNb++
		HLitSuivant(Orders, CustomerID)
	FIN
	HTransactionFin()
	RENVOYER nNb

