// Rapport mensuel des ventes, écrit comme un développeur WINDEV l'écrit : le SQL (GROUP BY,
// SUM, COUNT, jointure) passé à HExécuteRequêteSQL, puis POUR TOUT sur la requête
nClient1 est un entier = NouveauClient("Dupont")
nClient2 est un entier = NouveauClient("Martin")
NouvelleCommande(nClient1, "20241105", 100.50)
NouvelleCommande(nClient1, "20241112", 49.50)
NouvelleCommande(nClient2, "20241120", 1200)
NouvelleCommande(nClient2, "20241201", 75)
RapportMensuel(2024, 11)
// expect: Ventes 11/2024 (2 clients)
// expect: Martin, 1, 1200
// expect: Dupont, 2, 150
// expect: Total : 1350
RapportMensuel(2024, 12)
// expect: Ventes 12/2024 (1 clients)
// expect: Martin, 1, 75
// expect: Total : 75
rapportmensuel(2025, 1)
// expect: Ventes 01/2025 (0 clients)
// expect: Total : 0

PROCÉDURE NouveauClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
RENVOYER Customer.CustomerID

PROCÉDURE NouvelleCommande(nIDClient, dDate est une Date, mTotal est un monétaire)
HRAZ(Orders)
Orders.CustomerID = nIDClient
Orders.OrderDate = dDate
Orders.Total = mTotal
HAjoute(Orders)

PROCÉDURE RapportMensuel(nAnnée est un entier, nMois est un entier)
dDébut est une Date = ChaîneConstruit("%1%2", nAnnée, NumériqueVersChaîne(nMois, "02d")) + "01"
dFin est une Date = DernierJourDuMois(nAnnée, nMois)
REQ_Ventes est une Source de Données
sSQL est une chaîne = [
	SELECT Customer.Name AS NomClient, COUNT(*) AS NbCommandes, SUM(Orders.Total) AS TotalVentes
	FROM Orders, Customer
	WHERE Orders.CustomerID = Customer.CustomerID
	AND Orders.OrderDate BETWEEN '%1' AND '%2'
	GROUP BY Customer.Name
	ORDER BY TotalVentes DESC
]
sSQL = ChaîneConstruit(sSQL, DateVersChaîne(dDébut, "AAAAMMJJ"), DateVersChaîne(dFin, "AAAAMMJJ"))
SI PAS HExécuteRequêteSQL(REQ_Ventes, hRequêteDéfaut, sSQL) ALORS
	Erreur("Erreur SQL", HErreurInfo())
	RETOUR
FIN
mTotalGénéral est un monétaire = 0
Trace("Ventes " + NumériqueVersChaîne(nMois, "02d") + "/" + nAnnée + " (" + HNbEnr(REQ_Ventes) + " clients)")
POUR TOUT REQ_Ventes
	Trace(REQ_Ventes.NomClient, REQ_Ventes.NbCommandes, REQ_Ventes.TotalVentes)
	mTotalGénéral += REQ_Ventes.TotalVentes
FIN
Trace("Total : " + mTotalGénéral)
HAnnuleDéclaration(REQ_Ventes)
