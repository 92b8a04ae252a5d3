// HSupprime ?3044018 et <Source>.Supprime ?1000025071 en français, sur nos fichiers.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "B"
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
// Suppression des commandes d'un client
HLitRecherchePremier(Orders, CustomerID, ValNumCli)
TANTQUE HTrouve() = Vrai
	HSupprime(Orders)
	HLitSuivant(Orders, CustomerID)
FIN
Trace(HNbEnr(Orders))                                 // expect: 3
Trace(HSupprime(Orders, 2))                           // expect: 1
Trace(HNbEnr(Orders))                                 // expect: 2
Customer.Supprime(1)
Trace(HNbEnr(Customer))                               // expect: 1
