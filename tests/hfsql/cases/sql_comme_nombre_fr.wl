// Un nombre comparé par LIKE dans du SQL écrit à la main est comparé par son texte sur les
// deux bases, le texte d'un réel tel que SQLite l'écrit (15 chiffres significatifs, un point
// toujours : "3.3", "10.0", "1.0e+20") : PostgreSQL refusait la requête ("collations are
// not supported by type integer") ou ne donnait la collation qu'au dernier terme de
// `Price * 2`. docs/hfsql.md "A number compared by LIKE".
POUR TOUT sRéf, i DE ["A1", "B2", "C3"]
	Product.Reference = sRéf
	Product.Price = [10, 12.5, 1.1 * 3][i]
	Product.Stock = [150, 25, 1500][i]
	HAjoute(Product)
FIN
q est une Source de Données
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Reference FROM Product WHERE Stock LIKE '15%' ORDER BY Reference") ALORS
	Trace(HErreurInfo())
FIN
POUR TOUT q
	Trace(q.Reference)
FIN
// expect: A1
// expect: C3
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Reference FROM Product WHERE Price LIKE '%.0' OR Price LIKE '3.3' ORDER BY Reference")
POUR TOUT q
	Trace(q.Reference)
FIN
// expect: A1
// expect: C3
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Reference FROM Product WHERE Price * 2 LIKE '2_.0' AND Reference NOT LIKE 'a%'")
POUR TOUT q
	Trace(q.Reference)                          // expect: B2
FIN
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT 1.1 * 3 LIKE '3.3' AS m, CAST(1e20 AS REAL) LIKE '1.0e+20' AS e, 100 LIKE '1_0' AS i")
HLitPremier(q)
Trace(q.m, q.e, q.i)                            // expect: 1, 1, 1
