// (méthode b) Purge nocturne des commandes de plus de deux ans, comme l'écrit un
// développeur WINDEV : les identifiants repérés par lots (POUR TOUT ... AVEC ... SORTIR),
// chaque lot supprimé dans une transaction (HSupprime), un compte rendu à la fin ; puis
// la variante HSupprime dans le POUR TOUT lui-même, transaction validée tous les deux.
CONSTANTE
	TAILLE_LOT = 3
FIN
gnSupprimées est un entier
dAujourdhui est une Date = "20251206"
// jeu d'essai : 8 commandes, les 5 premières de plus de 2 ans
HRAZ(Customer)
Customer.Name = "Durand"
HAjoute(Customer)
CréeCommandes(Customer.CustomerID, dAujourdhui, 8, 5)
Trace("Avant :", HNbEnr(Orders))                             // expect: Avant :, 8
nNbLots est un entier = PurgeCommandes(dAujourdhui - 730)
// expect: Lot 1 : 3 commande(s)
// expect: Lot 2 : 2 commande(s)
Trace("Lots :", nNbLots, "supprimées :", gnSupprimées, "restantes :", HNbEnr(Orders))   // expect: Lots :, 2, supprimées :, 5, restantes :, 3
POUR TOUT Orders SUR OrderID
	Trace(Orders.OrderID, Orders.Total)
FIN
// expect: 6, 60
// expect: 7, 70
// expect: 8, 80
// rien de plus à purger : aucun lot
Trace(PurgeCommandes(dAujourdhui - 730), gnSupprimées)       // expect: 0, 5
// la variante : HSupprime pendant le parcours, la transaction validée toutes les 2 suppressions
CréeCommandes(Customer.CustomerID, dAujourdhui, 4, 4)
n est un entier
HTransactionDébut()
POUR TOUT Orders SUR OrderDate
	SI Orders.OrderDate < dAujourdhui - 730 ALORS
		HSupprime(Orders)
		n++
		SI n MODULO 2 = 0 ALORS
			HTransactionFin()
			HTransactionDébut()
		FIN
	FIN
FIN
HTransactionFin()
Trace(n, HNbEnr(Orders))                                      // expect: 4, 3

PROCÉDURE PurgeCommandes(LOCAL dLimite est une Date) : entier
nLots est un entier
tabIds est un tableau d'entiers
BOUCLE
	TableauSupprimeTout(tabIds)
	// on repère un lot d'identifiants, puis on supprime dans une transaction
	POUR TOUT Orders AVEC OrderDate < dLimite
		TableauAjoute(tabIds, Orders.OrderID)
		SI tabIds..Occurrence >= TAILLE_LOT ALORS SORTIR
	FIN
	SI tabIds..Occurrence = 0 ALORS SORTIR
	HTransactionDébut()
	POUR TOUT nId DE tabIds
		SI HLitRecherchePremier(Orders, OrderID, nId) ALORS
			SI PAS HSupprime(Orders) ALORS
				Trace("Échec : " + HErreurInfo())
				HTransactionAnnule()
				RENVOYER -1
			FIN
			gnSupprimées++
		FIN
	FIN
	HTransactionFin()
	nLots++
	Trace("Lot " + nLots + " : " + tabIds..Occurrence + " commande(s)")
FIN
RENVOYER nLots

PROCÉDURE CréeCommandes(nClient est un entier, dJour est une Date, nNombre est un entier, nAnciennes est un entier)
POUR i = 1 _À_ nNombre
	HRAZ(Orders)
	Orders.CustomerID = nClient
	Orders.OrderDate = (i <= nAnciennes ? dJour - 800 - i SINON dJour - i)
	Orders.Total = i * 10
	HAjoute(Orders)
FIN
