// Un réel comparé par LIKE en SQL est lu comme SQLite écrit son texte (15 chiffres
// significatifs, toujours un point : « 3.3 », « 1.0e+20 »), comme le LIKE de SQLite le
// faisait : le texte de Python (« 3.3000000000000003 », « 1e+20 ») n'y répondait pas.
q est une Source de Données
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT 1.1 * 3 LIKE '3.3' AS m, CAST(1e20 AS REAL) LIKE '1.0e+20' AS e, 100.0 LIKE '100._' AS p")
POUR TOUT q
	Trace(q.m, q.e, q.p)
FIN
// expect: 1, 1, 1
