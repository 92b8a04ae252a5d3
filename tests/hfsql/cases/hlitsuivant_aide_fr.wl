// HLitSuivant ?3044037 et HSuivant ?3044027 (pages françaises), leurs exemples tels quels,
// un Trace là où la boucle traite l'enregistrement (notre Customer pour leur Client,
// notre rubrique Name pour Nom). HLitSuivant lit et renvoie la valeur de HTrouve ;
// HSuivant ne lit pas : l'enregistrement en mémoire n'est pas modifié, HNumEnr dit où
// l'on est.
HRAZ(Customer)
Customer.Name = "Martin"
HAjoute(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
Customer.Name = "Durand"
HAjoute(Customer)
HLitPremier(Customer, Name)
TANTQUE HEnDehors() = Faux
	Trace(Customer.Name)
	HLitSuivant(Customer, Name)
FIN
// expect: Dupont
// expect: Durand
// expect: Martin
HLitDernier(Customer, Name)
Trace(HLitSuivant(Customer, Name), HTrouve(), HEnDehors())        // expect: 0, 0, 1
HLitPremier(Customer, Name)
Trace(HLitSuivant(Customer, Name), HTrouve(), Customer.Name)      // expect: 1, 1, Durand
HLitPremier(Customer, Name)
HSuivant(Customer, Name)
Trace(Customer.Name, HNumEnr(Customer))                          // expect: Dupont, 3
HPremier(Customer, Name)
TANTQUE HEnDehors(Customer) = Faux
	Trace(HNumEnr(Customer))
	HSuivant(Customer, Name)
FIN
// expect: 2
// expect: 3
// expect: 1
