// Les rubriques entières gardent l'intervalle de leur type (?2011026) : une valeur hors
// de l'intervalle est ramenée dedans à l'affectation, comme dans une variable entière de
// même taille (docs/hfsql.md "Integer items", INFERRED). Orders.Status : entier sans
// signe sur 1 octet ; Product.Stock : entier sur 4 octets.
HRAZ(Orders)
Orders.Status = 256 + 3
Trace(Orders.Status)                            // expect: 3
Orders.Status = -2
HRAZ(Customer)
Customer.Name = "Ann"
HAjoute(Customer)
Orders.CustomerID = Customer.CustomerID
Trace(HAjoute(Orders))                          // expect: 1
Orders.Status = 1
HLitPremier(Orders)
Trace(HTrouve(Orders), Orders.Status)           // expect: 1, 254
HRAZ(Product)
Product.Reference = "R1"
Product.Stock = 2147483648
HAjoute(Product)
POUR TOUT Product
	Trace(Product.Reference, Product.Stock)
FIN
// expect: R1, -2147483648
