// (méthode b) Code métier : LEFT JOIN, statut d'archivage et HFiltre, paramètres, pages
// Clients sans commande (LEFT JOIN), archivage logique par statut et filtre, requête à
// paramètres, pagination
POUR TOUT sNom DE ["Dupont", "Martin", "Durand", "Lefèvre", "Petit"]
	HRAZ(Customer)
	Customer.Name = sNom
	Customer.City = (sNom = "Martin" ? "Paris" SINON "Lyon")
	HAjoute(Customer)
	SI sNom DANS ("Dupont", "Petit") ALORS
		HRAZ(Orders)
		Orders.CustomerID = Customer.CustomerID
		Orders.OrderDate = "20241105"
		Orders.Total = 50
		Orders.Status = 1
		HAjoute(Orders)
	FIN
FIN
REQ_SansCde est une Source de Données
sSQL est une chaîne = [
	SELECT c.Name, COUNT(o.OrderID) AS nbCde
	FROM Customer c LEFT JOIN Orders o ON o.CustomerID = c.CustomerID
	GROUP BY c.Name
	HAVING COUNT(o.OrderID) = 0
	ORDER BY c.Name
]
SI PAS HExécuteRequêteSQL(REQ_SansCde, hRequêteDéfaut, sSQL) ALORS
	Erreur(HErreurInfo())
	RETOUR
FIN
POUR TOUT REQ_SansCde
	Trace(REQ_SansCde.Name, REQ_SansCde.nbCde)
FIN
// archivage logique : Status = 9 pour les commandes annulées, on ne montre que les actives
POUR TOUT Orders
	SI Orders.Total >= 50 ALORS
		Orders.Status = 9
		HModifie(Orders)
	FIN
FIN
HFiltre(Orders, "Status <> 9")
nActives est un entier
HLitPremier(Orders)
TANTQUE PAS HEnDehors(Orders)
	nActives++
	HLitSuivant(Orders)
FIN
HDésactiveFiltre(Orders)
Trace("Actives :", nActives, "Total :", HNbEnr(Orders))
// requête à paramètres
REQ_Ville est une Source de Données
REQ_Ville.pVille = "lyon"
HExécuteRequêteSQL(REQ_Ville, hRequêteDéfaut, "SELECT Name FROM Customer WHERE City = {pVille} ORDER BY Name")
Trace(HNbEnr(REQ_Ville))
// pagination par 2 : la dernière page est courte
nParPage est un entier = 2
nPage est un entier = 1
BOUCLE
	REQ_Page est une Source de Données
	HExécuteRequêteSQL(REQ_Page, hRequêteDéfaut, ChaîneConstruit("SELECT Name FROM Customer ORDER BY Name LIMIT %1, %2", (nPage - 1) * nParPage, nParPage))
	SI HNbEnr(REQ_Page) = 0 ALORS SORTIR
	sLigne est une chaîne = "Page " + nPage + " :"
	POUR TOUT REQ_Page
		sLigne += " " + REQ_Page.Name
	FIN
	Trace(sLigne)
	nPage++
FIN
// expect: Durand, 0
// expect: Lefèvre, 0
// expect: Martin, 0
// expect: Actives :, 0, Total :, 2
// expect: 4
// expect: Page 1 : Dupont Durand
// expect: Page 2 : Lefèvre Martin
// expect: Page 3 : Petit
