// Les 8 chiffres d'une Date (AAAAMMJJ) rangés dans une rubrique entière de 1 ou 2 octets
// s'arrêtent sur le "Numeric overflow" d'une variable de cette taille (ils étaient
// repliés : le 01/01/2025 dans Orders.Status, entier sans signe sur 1 octet, donnait 245) ;
// une rubrique entier sur 4 octets les garde (docs/semantics.md, INFERRED).
dEcheance est une Date = "20250101"
HRAZ(Orders)
Orders.Status = 7
QUAND EXCEPTION DANS
	Orders.Status = dEcheance
FAIRE
	Trace(ExceptionInfo(errCode))               // expect: 1003
	Trace(ExceptionInfo(errMessage))            // expect: Numeric overflow: 20250101 is beyond the largest unsigned 1-byte int (255): a Date's digits (YYYYMMDD) need an unsigned 4-byte int.
FIN
Trace(Orders.Status)                            // expect: 7
HRAZ(Product)
Product.Stock = dEcheance
Trace(Product.Stock)                            // expect: 20250101
