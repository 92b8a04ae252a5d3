// HRechercheDernier ?3044129 et <Source>.RechercheDernier ?1000025054 (pages françaises) :
// positionne sur le dernier enregistrement de la valeur cherchée sans le lire (« Les
// variables HFSQL ... ne sont pas mises à jour ») ; « ne pas faire HSupprime(Client) mais
// HSupprime(Client, HNumEnr()) », tel qu'écrit (notre Customer pour leur Client).
HRAZ(Customer)
Customer.Name = "Durand"
Customer.City = "Paris"
HAjoute(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAjoute(Customer)
Customer.Name = "Durand"
Customer.City = "Nice"
Customer.Email = "d2@example.org"
HAjoute(Customer)
HLitPremier(Customer, Name)
Trace(HRechercheDernier(Customer, Name, "Durand"), HTrouve(), HNumEnr(Customer), Customer.Name) // expect: 1, 1, 3, Durand
Trace(Customer.City)                                              // expect: Paris
HSupprime(Customer, HNumEnr())
Trace(HNbEnr(Customer))                                           // expect: 2
Trace(Customer.RechercheDernier(Name, "Martin"), Customer.NumEnr()) // expect: 1, 2
Trace(HRechercheDernier(Customer, Name, "Aaron"), HTrouve(), HEnDehors()) // expect: 0, 0, 1
// une valeur au-dessus de tout enregistrement : « inférieure ou égale » positionne sur le
// dernier en dessous, HTrouve Faux (comme HLitRechercheDernier ?3044034)
Trace(HRechercheDernier(Customer, Name, "Zola"), HTrouve(), HEnDehors(), HNumEnr()) // expect: 0, 0, 0, 2
