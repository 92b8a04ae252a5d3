// Code métier : les commandes d'un client par la clé composée CustomerDate. Le filtre
// écrit comme l'aide de HConstruitValClé l'écrit, HFiltre(F, Clé, HConstruitValClé(F,
// Clé, n, hValMin), HConstruitValClé(F, Clé, n, hValMax)), ne laissait passer aucune
// commande : la composante vide laissée avant hValMax (la date) était comparée à "".
// La marque vaut maintenant pour toutes les valeurs de la composante (hfsql/keyvalues.py
// key_parts). Puis recherche sur la clé composée, requête avec des Dates en paramètres,
// GROUP BY ... HAVING, SELON sur le montant.
HRàZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
nDupont est un entier = Customer.CustomerID
HRàZ(Customer)
Customer.Name = "Martin"
HAjoute(Customer)
nMartin est un entier = Customer.CustomerID
POUR TOUT sLigne DE ["1;20250105;80", "1;20250206;45.5", "2;20250110;300", "1;20241220;10"]
	HRàZ(Orders)
	Orders.CustomerID = (Val(ExtraitChaîne(sLigne, 1, ";")) = 1 ? nDupont SINON nMartin)
	Orders.OrderDate = ExtraitChaîne(sLigne, 2, ";")
	Orders.Total = Val(ExtraitChaîne(sLigne, 3, ";"))
	HAjoute(Orders)
FIN
// filtre sur la clé composée : les commandes d'un client
HFiltre(Orders, CustomerDate, HConstruitValClé(Orders, CustomerDate, nDupont, hValMin), HConstruitValClé(Orders, CustomerDate, nDupont, hValMax))
HLitPremier(Orders, CustomerDate)
TANTQUE PAS HEnDehors(Orders)
	Trace(Orders.CustomerID = nDupont, Orders.OrderDate, Orders.Total)
	HLitSuivant(Orders, CustomerDate)
FIN
HDésactiveFiltre(Orders)
// expect: 1, 20241220, 10
// expect: 1, 20250105, 80
// expect: 1, 20250206, 45.5
// recherche sur la clé composée
SI HLitRecherchePremier(Orders, CustomerDate, [nDupont, "20250105"]) ALORS Trace("trouvée", Orders.Total)   // expect: trouvée, 80
HLitRecherche(Orders, CustomerDate, [nMartin])
Trace(HTrouve(Orders), Orders.Total)                    // expect: 1, 300
// requête avec des dates en paramètres
dDébut est une Date = "20250101"
dFin est une Date = "20250131"
REQ est une Source de Données
REQ.pDébut = dDébut
REQ.pFin = dFin
HExécuteRequêteSQL(REQ, hRequêteDéfaut, "SELECT COUNT(*) AS n, SUM(Total) AS t FROM Orders WHERE OrderDate BETWEEN {pDébut} AND {pFin}")
HLitPremier(REQ)
Trace(REQ.n, REQ.t)                                     // expect: 2, 380
REQ2 est une Source de Données
HExécuteRequêteSQL(REQ2, hRequêteDéfaut, "SELECT CustomerID, COUNT(*) AS n FROM Orders GROUP BY CustomerID HAVING COUNT(*) > 1")
POUR TOUT REQ2
	Trace(REQ2.CustomerID = nDupont, REQ2.n)
FIN
// expect: 1, 3
// état des commandes
POUR TOUT Orders SUR OrderDate DepuisFin
	SELON Orders.Total
		CAS < 50 : sTaille est une chaîne = "petite"
		CAS 50 A 100 : sTaille = "moyenne"
		AUTRE CAS : sTaille = "grande"
	FIN
	Trace(Orders.OrderDate, sTaille)
FIN
// expect: 20250206, petite
// expect: 20250110, grande
// expect: 20250105, moyenne
// expect: 20241220, petite
Trace(HNbEnr(Orders, hEtatActif))                       // expect: 4
