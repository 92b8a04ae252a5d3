// Une colonne calculée sans AS dont le dernier mot n'est pas un alias (IS NULL, IS NOT
// NULL, TRUE, l'opérande de LIKE, AND, OR) est nommée comme elle est écrite, sur SQLite et
// PostgreSQL : son dernier mot était lu comme un alias ("Name", "VIP"), PostgreSQL nommait
// les colonnes ?column? et deux d'entre elles faisaient échouer la requête.
// docs/hfsql.md "Result columns' names".
HRAZ(Customer)
Customer.Name = "Bob"
HAjoute(Customer)
q est une Source de Données
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name, Name IS NULL, City IS NOT NULL, Name LIKE Name, Name = 'Bob' AND VIP, Name IS NULL OR TRUE FROM Customer WHERE Name = 'Bob'") ALORS
	Trace("err", HErreurInfo())
FIN
Trace(Remplace(HListeRubrique(q), RC, ";"))     // expect: Name;Name IS NULL;City IS NOT NULL;Name LIKE Name;Name = 'Bob' AND VIP;Name IS NULL OR TRUE
