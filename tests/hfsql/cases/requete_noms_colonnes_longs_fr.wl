// Une colonne calculée sans AS est nommée comme elle est écrite, coupée à 63 octets sur
// les deux bases, `~2` finissant un nom coupé déjà donné à une colonne précédente :
// PostgreSQL coupait les noms lui-même, et deux longues colonnes semblables sur leurs 63
// premiers octets faisaient échouer la requête. docs/hfsql.md "Result columns' names".
Product.Reference = "R1"
Product.Stock = 1
HAjoute(Product)
q est une Source de Données
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + Stock * 7 + 1, Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + Stock * 7 + 2, Reference FROM Product") ALORS
	Trace(HErreurInfo())
FIN
Trace(Remplace(HListeRubrique(q), RC, ";"))
// expect: Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + Sto;Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + S~2;Reference
Trace(HLitPremier(q), q.Reference)              // expect: 1, R1
