// (méthode b) Clôture de fin de mois, comme l'écrit un développeur WINDEV : le chiffre
// d'affaires et le nombre de commandes par mois (SUM, COUNT, GROUP BY, HAVING) lus par
// HLitPremier / HLitSuivant, puis par client au-dessus d'un seuil passé en paramètre
// (POUR TOUT sur la requête), les commandes annulées (état 9) laissées de côté.
CONSTANTE
	ETAT_ANNULEE = 9
FIN
nDupont est un entier = NouveauClient("Dupont")
nMartin est un entier = NouveauClient("Martin")
NouvelleCommande(nDupont, "20250105", 120.50)
NouvelleCommande(nDupont, "20250117", 79.50)
NouvelleCommande(nMartin, "20250130", 300)
NouvelleCommande(nMartin, "20250131", 1000, ETAT_ANNULEE)
NouvelleCommande(nDupont, "20250203", 45)
NouvelleCommande(nMartin, "20250314", 60)
NouvelleCommande(nMartin, "20250320", 40.25)

REQ_Mois est une Source de Données
sSQL est une chaîne = [
	SELECT LEFT(OrderDate, 6) AS Mois, COUNT(*) AS NbCommandes, SUM(Total) AS CA
	FROM Orders
	WHERE Status <> %1
	GROUP BY LEFT(OrderDate, 6)
	HAVING COUNT(*) >= 2
	ORDER BY Mois
]
SI PAS HExécuteRequêteSQL(REQ_Mois, hRequêteDéfaut, ChaîneConstruit(sSQL, ETAT_ANNULEE)) ALORS
	Erreur(HErreurInfo())
FIN
HLitPremier(REQ_Mois)
TANTQUE PAS HEnDehors(REQ_Mois)
	Trace(REQ_Mois.Mois, REQ_Mois.NbCommandes, REQ_Mois.CA)
	HLitSuivant(REQ_Mois)
FIN
// expect: 202501, 3, 500
// expect: 202503, 2, 100.25
Trace(HNbEnr(REQ_Mois))                                      // expect: 2
HAnnuleDéclaration(REQ_Mois)

// par client, au-dessus d'un seuil
REQ_Clients est une Source de Données
sSQL = [
	SELECT c.Name AS Client, COUNT(o.OrderID) AS Nb, SUM(o.Total) AS Total
	FROM Customer c JOIN Orders o ON o.CustomerID = c.CustomerID
	WHERE o.Status <> {pAnnulee} AND o.OrderDate BETWEEN {pDébut} AND {pFin}
	GROUP BY c.Name
	HAVING SUM(o.Total) > {pSeuil}
	ORDER BY Total DESC
]
REQ_Clients.pAnnulee = ETAT_ANNULEE
REQ_Clients.pDébut = "20250101"
REQ_Clients.pFin = "20250331"
REQ_Clients.pSeuil = 200
HExécuteRequêteSQL(REQ_Clients, sSQL)
mTotalGénéral est un monétaire
POUR TOUT REQ_Clients
	Trace(REQ_Clients.Client, REQ_Clients.Nb, REQ_Clients.Total)
	mTotalGénéral += REQ_Clients.Total
FIN
// expect: Martin, 3, 400.25
// expect: Dupont, 3, 245
Trace(mTotalGénéral)                                           // expect: 645.25

PROCÉDURE NouveauClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
RENVOYER Customer.CustomerID

PROCÉDURE NouvelleCommande(nClient, sDate, mTotal, nEtat = 1)
HRAZ(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = sDate
Orders.Total = mTotal
Orders.Status = nEtat
HAjoute(Orders)
