// (méthode b) Relevé des commandes par ville : la requête du projet REQ_OrdersOfCity, ses paramètres
// donnés par REQ_OrdersOfCity.pCity / .pMinTotal, exécutée deux fois avec d'autres valeurs,
// puis le montant minimum à Null : la condition est ignorée
POUR TOUT sClient, nIndice DE ["Dupont|Lyon", "Martin|Nice", "Bernard|lyon"]
	HRAZ(Customer)
	Customer.Name = ExtraitChaîne(sClient, 1, "|")
	Customer.City = ExtraitChaîne(sClient, 2, "|")
	HAjoute(Customer)
	BOUCLE (2)
		HRAZ(Orders)
		Orders.CustomerID = Customer.CustomerID
		Orders.OrderDate = "20241105"
		Orders.Total = nIndice * 40 + HNbEnr(Orders) * 10
		HAjoute(Orders)
	FIN
FIN
Relevé("Lyon", 50)
// expect: == Lyon (>= 50)
// expect: Dupont, 2, 50
// expect: Bernard, 5, 160
// expect: Bernard, 6, 170
// expect: cumul : 380
Relevé("Nice", 0)
// expect: == Nice (>= 0)
// expect: Martin, 3, 100
// expect: Martin, 4, 110
// expect: cumul : 210
// les valeurs restent données d'une exécution à l'autre (pCity vaut encore "Nice")
REQ_OrdersOfCity.pMinTotal = Null
SI HExécuteRequête(REQ_OrdersOfCity) ALORS
	Trace("sans minimum : " + HNbEnr(REQ_OrdersOfCity) + " commande(s)")  // expect: sans minimum : 2 commande(s)
FIN

PROCÉDURE Relevé(sVille est une chaîne, mMinimum est un monétaire)
REQ_OrdersOfCity.pCity = sVille
REQ_OrdersOfCity.pMinTotal = mMinimum
SI PAS HExécuteRequête(REQ_OrdersOfCity) ALORS
	Erreur(HErreurInfo())
	RETOUR
FIN
mCumul est un monétaire
Trace("== " + sVille + " (>= " + mMinimum + ")")
POUR TOUT REQ_OrdersOfCity
	Trace(REQ_OrdersOfCity.Name, REQ_OrdersOfCity.OrderID, REQ_OrdersOfCity.Total)
	mCumul += REQ_OrdersOfCity.Total
FIN
Trace("cumul : " + mCumul)
