// (méthode b) Le solde de fin de mois par client, comme l'écrit un développeur WINDEV : la
// requête SQL (SUM, COUNT, MAX, GROUP BY) sur les commandes du mois, puis le contrôle par
// un cumul lu commande par commande (POUR TOUT ... AVEC, tableau associatif de
// monétaires) : les totaux et chaque solde doivent être égaux. Sur SQLite la SUM d'une
// rubrique monétaire est un réel (5.1499999999999995) : il était différent du cumul
// monétaire 5.15 (`=` entre un réel et un monétaire est maintenant précis à 10^-6, comme
// entre réels). Jumeau anglais : month_end_balance_check_en.wl.
POUR TOUT sNom DE ["Alain", "Béa", "Chloé"]
	HRAZ(Customer)
	Customer.Name = sNom
	HAjoute(Customer)
FIN
AjouteCommande(1, "20251103", 100.10)
AjouteCommande(1, "20251115", 20.20)
AjouteCommande(2, "20251120", 5.05)
AjouteCommande(1, "20251201", 999)
AjouteCommande(2, "20251130", 0.10)
AjouteCommande(3, "20251130", 0.20)
REQ_Soldes est une Source de Données
SI PAS HExécuteRequêteSQL(REQ_Soldes, hRequêteDéfaut, ...
	"SELECT CustomerID, SUM(Total) AS Solde, COUNT(*) AS NbCommandes, MAX(OrderDate) AS Derniere " + ...
	"FROM Orders WHERE OrderDate BETWEEN '20251101' AND '20251130' " + ...
	"GROUP BY CustomerID ORDER BY CustomerID") ALORS
	Trace(HErreurInfo())
FIN
mTotalSQL est un monétaire
POUR TOUT REQ_Soldes
	Trace(REQ_Soldes.CustomerID, REQ_Soldes.Solde, REQ_Soldes.NbCommandes, REQ_Soldes.Derniere)
	mTotalSQL += REQ_Soldes.Solde
FIN
// expect: 1, 120.3, 2, 20251115
// expect: 2, 5.15, 2, 20251130
// expect: 3, 0.2, 1, 20251130
// contrôle : le cumul des commandes du mois, lu une à une
mCumul est un monétaire
tabParClient est un tableau associatif de monétaires
POUR TOUT Orders AVEC OrderDate >= "20251101" ET OrderDate <= "20251130"
	mCumul += Orders.Total
	tabParClient[Orders.CustomerID] += Orders.Total
FIN
Trace(mTotalSQL, mCumul, mTotalSQL = mCumul)         // expect: 125.65, 125.65, 1
nÉcarts est un entier
POUR TOUT REQ_Soldes
	SI tabParClient[REQ_Soldes.CustomerID] <> REQ_Soldes.Solde ALORS nÉcarts++
FIN
Trace("Écarts :", nÉcarts)                         // expect: Écarts :, 0
POUR TOUT mS, nClient DE tabParClient
	Trace(nClient, mS)
FIN
// expect: 1, 120.3
// expect: 2, 5.15
// expect: 3, 0.2

PROCÉDURE AjouteCommande(nClient, sDate, mTotal est un monétaire)
HRAZ(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = sDate
Orders.Total = mTotal
SI PAS HAjoute(Orders) ALORS Trace(HErreurInfo())
