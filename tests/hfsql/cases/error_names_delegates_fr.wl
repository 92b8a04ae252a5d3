// Une fonction H* qui ajoute, modifie ou supprime par une autre se nomme dans ses
// erreurs : HDupliqueEnregistrement et HEnregistre (ajout), pas HAjoute ; HRaye, pas
// HSupprime (docs/hfsql.md "Errors")
HRAZ(Product)
Product.Reference = "P1"
HAjoute(Product)
Trace(HDupliqueEnregistrement(Product), HErreurInfo(hErrMessage))   // expect: 0, HDupliqueEnregistrement on Product: duplicate value on a unique key.
Trace(ErreurInfo(errMessage))                                 // expect: HDupliqueEnregistrement on Product: duplicate value on a unique key.
HRAZ(Product)
Product.Reference = "P1"
Trace(HEnregistre(Product), HErreurInfo(hErrMessage))               // expect: 0, HEnregistre on Product: duplicate value on a unique key.
Trace(HAjoute(Product), HErreurInfo(hErrMessage))                // expect: 0, HAjoute on Product: duplicate value on a unique key.
HRAZ(Customer)
Customer.Name = "Ann"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
HAjoute(Orders)
HLitPremier(Customer)
Trace(HRaye(Customer), HErreurInfo(hErrMessage))             // expect: 0, HRaye on Customer: integrity constraint of a link violated.
