// HRaye ?3044121 et <Source>.Raye ?1000025051 (pages françaises), leurs exemples tels
// quels : HRaye() et HLitSuivant() sans paramètre (le dernier fichier, le parcours en
// cours). Notre Orders pour COMMANDE, CustomerID pour NUMCLI, l'enregistrement 2 pour 123 :
// il a des commandes, la rayure est refusée par l'intégrité (« Faux en cas d'erreur
// (enregistrement bloqué, problème d'intégrité, ...) »).
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
Customer.Name = "B"
Customer.Email = "b@x.org"
HAjoute(Customer)
POUR i = 1 A 3
	HRAZ(Orders)
	Orders.CustomerID = 1
	HAjoute(Orders)
	HRAZ(Orders)
	Orders.CustomerID = 2
	HAjoute(Orders)
FIN
ValNumCli est un entier = 1
// Raye l'enregistrement numéro 123
Trace(HRaye(Customer, 2), HErreurIntégrité())                     // expect: 0, 1
// Suppression (rayure) des commandes d'un client
HLitRecherchePremier(Orders, CustomerID, ValNumCli)
TANTQUE HTrouve() = Vrai
	HRaye()
	HLitSuivant()
FIN
Trace(HNbEnr(Orders), HNbEnr(Orders, hEtatRayé), HNbEnr(Customer)) // expect: 3, 3, 2
Orders.LitRecherchePremier(CustomerID, 2)
TANTQUE Orders.Trouve() = Vrai
	Orders.Raye()
	Orders.LitSuivant()
FIN
Trace(HNbEnr(Orders), HNbEnr(Orders, hEtatRayé))                 // expect: 0, 6
