// Enregistrement (Type de variable) ?1000020962 et HModifie ?3044042 en français, sur
// notre fichier Customer.
HRAZ(Customer)
Customer.Name = "Smith"
Customer.City = "Paris"
HAjoute(Customer)
EnregClient est un Enregistrement de CUSTOMER
EnregClient = CUSTOMER
Info(EnregClient.NAME, EnregClient.CITY)
// expect: Smith
// expect: Paris
EnregClient2 est un Enregistrement de CUSTOMER
EnregClient2.Name = "MOORE"
EnregClient2.City = "PARIS"
CUSTOMER = EnregClient2
Trace(Customer.Name, Customer.City)                   // expect: MOORE, PARIS
HAjoute(CUSTOMER, EnregClient2)
Trace(HNbEnr(Customer))                               // expect: 2
HLitRecherchePremier(Customer, Name, "Smith")
SI HTrouve() = Vrai ALORS
	Customer.City = "San Francisco"
	HModifie(Customer)
FIN
HLitRecherchePremier(Customer, Name, "Smith")
Trace(Customer.City)                                  // expect: San Francisco
