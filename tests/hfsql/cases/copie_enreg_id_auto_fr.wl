// L'option hCopieIdAuto de HCopieEnreg (HCOPYAUTOID de HFConstant.h, 0x800) : sans elle
// la cible garde son propre identifiant automatique, et la copie s'ajoute comme un
// enregistrement à part
Trace(hCopieIdAuto)                                         // expect: 2048
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
Customer.Email = "dupont@exemple.fr"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "Nice"
Customer.Email = "martin@exemple.fr"
HAjoute(Customer)
HAlias(Customer, "CopieClient")
// le motif du vrai code : lire un enregistrement, le copier, le changer, l'ajouter
HLitRecherchePremier(Customer, Name, "Dupont")
HRAZ(CopieClient)
Trace(HCopieEnreg(CopieClient, Customer), CopieClient.Name, CopieClient.City, CopieClient.CustomerID)   // expect: 1, Dupont, Lyon, 0
CopieClient.Email = "dupont2@exemple.fr"
Trace(HAjoute(CopieClient), CopieClient.CustomerID, HNbEnr(Customer))   // expect: 1, 3, 3
// avec hCopieIdAuto l'identifiant vient aussi
HLitRecherchePremier(Customer, Name, "Martin")
Trace(HCopieEnreg(CopieClient, Customer, hCopieIdAuto), CopieClient.Name, CopieClient.CustomerID)   // expect: 1, Martin, 2
// une option que HCopieEnreg n'a pas est refusée en clair
Trace(HCopieEnreg(CopieClient, Customer, 4), Position(HErreurInfo(), "not an option of HCopyRecord") > 0)   // expect: 0, 1
