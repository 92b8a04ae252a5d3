// Du SQL écrit à la main rangeant un nombre au-delà de la colonne d'une rubrique entière
// échoue sur SQLite comme sur PostgreSQL ("integer out of range" pour une rubrique de 4
// octets) : SQLite rangeait 3000000000 dans Stock. Les fonctions H* réduisent la valeur
// comme une variable entière de cette taille. docs/hfsql.md "Item types".
q est une Source de Données
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "INSERT INTO Product (Reference, Stock) VALUES ('R9', 3000000000)") ALORS
	Trace(HErreurInfo())                        // expect: query q: integer out of range
FIN
Trace(HLitRecherchePremier(Product, Reference, "R9"), HTrouve(Product))   // expect: 0, 0
Trace(HExécuteRequêteSQL(q, hRequêteDéfaut, "INSERT INTO Product (Reference, Stock) VALUES ('R9', 2147483647)"))   // expect: 1
HLitRecherchePremier(Product, Reference, "R9")
Trace(Product.Stock)                            // expect: 2147483647
Product.Reference = "R8"
Product.Stock = 3000000000
HAjoute(Product)
Trace(Product.Stock)                            // expect: -1294967296
