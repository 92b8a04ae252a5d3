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
// Les 17 chiffres d'une DateHeure (AAAAMMJJHHMMSSCCC) rangés dans une rubrique entière de
// moins de 8 octets : le même "Numeric overflow" que pour une variable de cette taille
// (ils étaient repliés : -21056 sur 2 octets) ; une rubrique sur 8 octets les garde
// (docs/semantics.md "A DateTime stored into an integer", INFERRED).
dhCommande est une DateHeure = "20251207103000000"
QUAND EXCEPTION DANS
	Product.Stock = dhCommande
FAIRE
	Trace(ExceptionInfo(errCode))               // expect: 1003
	Trace(ExceptionInfo(errMessage))            // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
Trace(Product.Stock)                            // expect: -2147483648
QUAND EXCEPTION DANS
	Orders.Status = dhCommande
FAIRE
	Trace(ExceptionInfo(errMessage))            // expect: Numeric overflow: 20251207103000000 is beyond the largest unsigned 1-byte int (255): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
FIN
Orders.CustomerID = dhCommande
Trace(Orders.CustomerID)                        // expect: 20251207103000000
// De même par un Enregistrement du fichier (`r.Stock = dh`) : ses chiffres y tournaient
// (-1784304192) et l'exécution continuait ; la conversion de la rubrique voit une DateHeure.
rProduit est un Enregistrement de Product
rProduit.Stock = 5
QUAND EXCEPTION DANS
	rProduit.Stock = dhCommande
FAIRE
	Trace(ExceptionInfo(errCode))               // expect: 1003
FIN
Trace(rProduit.Stock)                           // expect: 5
rCommande est un Enregistrement de Orders
rCommande.CustomerID = dhCommande
Trace(rCommande.CustomerID)                     // expect: 20251207103000000
