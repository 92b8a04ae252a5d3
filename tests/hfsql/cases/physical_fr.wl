// Noms physiques, répertoires, mots de passe : noms français
HRAZ(Customer)
Customer.Name = "Principal"
HAjoute(Customer)
Trace(HChangeNom(Customer, "Archive"), Customer..NomPhysique)   // expect: 1, Archive
Trace(HNbEnr(Customer))                                         // expect: 0
HChangeNom(Customer, "")
Trace(HChangeRep(Customer, "D:\Archives"), HNbEnr(Customer))    // expect: 1, 0
HChangeRep(Customer, "")
Trace(HNbEnr(Customer))                                         // expect: 1
Trace(HPasse(Customer, "secret"), HErreurMotDePasse())          // expect: 1, 0
Trace(HSécurité(Customer, 1), HForceEcriture(Customer))         // expect: 0, 1
Trace(HVérifieStructure(Customer, 1))                           // expect: 524288
