// HErreurInfo(hErrRubrique) nomme la clé unique doublonnée par une écriture refusée
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
HAjoute(Customer)
Trace(HErreurInfo(hErrRubrique) = "")                              // expect: 1
HRAZ(Customer)
Customer.Name = "Martin"
Customer.Email = "DUPONT@example.com"
Trace(HAjoute(Customer), HErreurDoublon(), HErreurInfo(hErrRubrique))   // expect: 0, 1, Email
Trace(HErreurInfo(hErrFichier))                                   // expect: Customer
Customer.Email = "martin@example.com"
HAjoute(Customer)
Trace(HErreurInfo(hErrRubrique) = "")                              // expect: 1
// HModifie
HLitRecherchePremier(Customer, Name, "Martin")
Customer.Email = "dupont@example.com"
Trace(HModifie(Customer), HErreurInfo(hErrRubrique))                // expect: 0, Email
// dans une transaction
HTransactionDébut()
HRAZ(Product)
Product.Reference = "REF1"
HAjoute(Product)
HRAZ(Product)
Product.Reference = "ref1"
Trace(HAjoute(Product), HErreurInfo(hErrRubrique))                    // expect: 0, Reference
HTransactionFin()
// une erreur sans rubrique : vide
HRAZ(Orders)
Orders.CustomerID = 99
Trace(HAjoute(Orders), HErreurIntégrité(), HErreurInfo(hErrRubrique) = "")   // expect: 0, 1, 1
