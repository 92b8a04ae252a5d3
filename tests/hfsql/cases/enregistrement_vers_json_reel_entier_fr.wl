// HEnregistrementVersJSON écrit un réel entier sans partie décimale, comme le WLangage
// écrit un réel (7, pas 7.0) : une colonne calculée d'une requête se lit pareil sur les
// deux bases (ROUND(x, 2) donnait 7.0 sur SQLite, un réel, et 7 sur PostgreSQL). ROUND(x, n)
// d'un réel arrêtait la requête sur PostgreSQL : un réel sur les deux bases maintenant.
HRAZ(Product)
Product.Reference = "A"
Product.Price = 7
HAjoute(Product)
Trace(HEnregistrementVersJSON(Product)) // expect: {"Reference": "A", "Label": "", "Price": 7, "Stock": 0}
Product.Reference = "B"
Product.Price = 2.5
HAjoute(Product)
ds est une Source de Données
HExécuteRequêteSQL(ds, "SELECT Reference, ROUND(Price * 2.8, 2) AS r FROM Product ORDER BY Reference")
POUR TOUT ds
	Trace(HEnregistrementVersJSON(ds, "Reference,r"))
FIN
// expect: {"_SOURCE_ds_1": {"Reference": "A", "r": 19.6}}
// expect: {"_SOURCE_ds_1": {"Reference": "B", "r": 7}}
HLitPremier(ds)
Trace(ds.r, TypeVar(ds.r) = wlRéel) // expect: 19.6, 1
