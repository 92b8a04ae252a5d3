// (méthode b) La facture d'un client écrite comme un développeur WINDEV l'écrit : ses
// lignes (Orders) lues par HLitRecherchePremier avec hLimiteParcours puis HLitSuivant
// jusqu'à HEnDehors, une ligne annulée supprimée en cours de parcours (HSupprime garde la
// position), le total recalculé puis écrit par HModifie sur la première ligne.
CONSTANTE
	STATUT_OUVERTE = 0
	STATUT_ANNULEE = 9
FIN

nDupont est un entier = AjouteClient("Dupont")
nMartin est un entier = AjouteClient("Martin", "Nice")
AjouteLigne(nDupont, "20241105", 120.50)
AjouteLigne(nMartin, "20241106", 99)
AjouteLigne(nDupont, "20241107", 30, STATUT_ANNULEE)
AjouteLigne(nDupont, "20241108", 79.50)
mAFacturer est un monétaire = TotalFacture(nDupont)
// expect: ligne annulée supprimée : 3
// expect: 2 ligne(s), total 200
// le total est porté sur la première ligne de la facture
SI HLitRecherchePremier(Orders, CustomerID, nDupont) ALORS
	Orders.Total = mAFacturer
	SI HModifie(Orders) ALORS Trace("total écrit sur la ligne " + Orders.OrderID)  // expect: total écrit sur la ligne 1
FIN
// sans clé, POUR TOUT suit la dernière clé utilisée (CustomerID)
POUR TOUT Orders
	Trace(Orders.OrderID, Orders.CustomerID, Orders.Total, Orders.Status)
FIN
// expect: 1, 1, 200, 0
// expect: 4, 1, 79.5, 0
// expect: 2, 2, 99, 0
Trace(HNbEnr(Orders), HNbEnr(Orders, hEtatSupprimé))  // expect: 3, 1
// une facture sans ligne : HLitRecherchePremier ne trouve rien, HEnDehors tout de suite
Trace(TotalFacture(AjouteClient("Petit")))  // expect: 0 ligne(s), total 0
// expect: 0

PROCÉDURE AjouteClient(LOCAL sNom est une chaîne, sVille est une chaîne = "Lyon") : entier
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
SI PAS HAjoute(Customer) ALORS
	Trace("Ajout refusé : " + HErreurInfo())
	RENVOYER 0
FIN
RENVOYER Customer.CustomerID

PROCEDURE AjouteLigne(nClient est un entier, dLigne est une Date, mMontant est un monétaire, nStatut est un entier = STATUT_OUVERTE)
HRaz(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = dLigne
Orders.Total = mMontant
Orders.Status = nStatut
Orders.InvoiceNum = 1001
HAjoute(Orders)

PROCÉDURE TotalFacture(nClient est un entier) : monétaire
mTotal est un monétaire = 0
nLignes est un entier
HLitRecherchePremier(Orders, CustomerID, nClient, hLimiteParcours)
TANTQUE PAS HEnDehors(Orders)
	SI Orders.Status = STATUT_ANNULEE ALORS
		Trace("ligne annulée supprimée : " + Orders.OrderID)
		HSupprime(Orders)
	SINON
		mTotal += Orders.Total
		nLignes++
	FIN
	HLitSuivant(Orders, CustomerID)
FIN
Trace(ChaîneConstruit("%1 ligne(s), total %2", nLignes, mTotal))
RENVOYER mTotal
