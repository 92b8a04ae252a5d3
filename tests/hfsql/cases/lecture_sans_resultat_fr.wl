// Quand une lecture ne trouve rien, « aucune lecture n'est effectuée » (HLitPremier
// ?3044051, HLitDernier ?3044140, HLitRecherche ?3044050, HLitRecherchePremier ?3044036) :
// le buffer garde l'enregistrement lu avant, même supprimé, HEnDehors vaut Vrai, HTrouve
// Faux, et le résultat est Faux. VERIFIED sur ces pages.
HRAZ(Customer)
Customer.Name = "Solo"
Customer.City = "Paris"
HAjoute(Customer)
Trace(HLitPremier(Customer, Name), Customer.Name, HTrouve(), HEnDehors())   // expect: 1, Solo, 1, 0
HSupprime(Customer)
Trace(HNbEnr(Customer))                                                      // expect: 0
Trace(HLitPremier(Customer, Name), Customer.Name, HTrouve(), HEnDehors())   // expect: 0, Solo, 0, 1
Trace(HErreur())                                                             // expect: 0
Trace(HLitDernier(Customer, Name), Customer.City, HTrouve(), HEnDehors())   // expect: 0, Paris, 0, 1
Trace(HLitRecherchePremier(Customer, Name, "Solo"), HTrouve(), HEnDehors())  // expect: 0, 0, 1
HRAZ(Customer)
Customer.Name = "Bob"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Dan"
HAjoute(Customer)
Trace(HLitRecherchePremier(Customer, Name, "Carl"), Customer.Name, HTrouve(), HEnDehors())   // expect: 0, Dan, 0, 0
HLitPremier(Customer, Name)
Trace(HLitRecherche(Customer, Name, "Carl"), Customer.Name, HTrouve(), HEnDehors())          // expect: 0, Bob, 0, 1
Trace(HLitRecherche(Customer, Name, "Da"), Customer.Name, HTrouve(), HEnDehors())            // expect: 1, Dan, 1, 0
HSupprimeTout(Customer)
n est un entier
HLitPremier(Customer, Name)
TANTQUE PAS HEnDehors()
	n++
	HLitSuivant(Customer, Name)
FIN
Trace(n, Customer.Name)                                                      // expect: 0, Dan
