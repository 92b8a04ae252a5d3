// Un UNION, INTERSECT ou EXCEPT sans ALL retire les doublons d'un texte calculé d'une
// rubrique clé texte selon la collation des clés (casse et accents ignorés), comme le
// DISTINCT d'un agrégat (COUNT(DISTINCT UPPER(City))), sur SQLite comme sur PostgreSQL :
// SQLite gardait ÉVRY et EVRY à part (5 lignes, un compte de 5), PostgreSQL un seul (4).
// docs/hfsql.md "SQL on both databases (issue 8, HF, 7 Dec 2026, 09:57-12:57)".
POUR TOUT s DE ["Évry", "EVRY", "evry", "Paris", "zoé", "Émile"]
	Customer.Name = s
	Customer.City = s
	HAjoute(Customer)
FIN
Trace(Lignes("SELECT UPPER(City) AS c FROM Customer UNION SELECT UPPER(Name) FROM Customer ORDER BY 1"))  // expect: 4
Trace(Lignes("SELECT UPPER(City) AS c FROM Customer UNION ALL SELECT UPPER(Name) FROM Customer"))  // expect: 12
Trace(Lignes("SELECT LOWER(City) AS c FROM Customer INTERSECT SELECT UPPER(Name) FROM Customer"))  // expect: 4
Trace(Lignes("select lower(City) as c from Customer except select upper(Name) from Customer where Name = 'Paris'"))  // expect: 3
q est une Source de Données
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT COUNT(DISTINCT LOWER(City)) AS n, COUNT(DISTINCT City) AS d FROM Customer")
HLitPremier(q)
Trace(q.n, q.d)                                 // expect: 4, 4
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT (SELECT count(distinct UPPER(City)) FROM Customer) AS n FROM Customer WHERE City = 'Paris'")
HLitPremier(q)
Trace(q.n)                                      // expect: 4
PROCÉDURE Lignes(sSQL est une chaîne)
q est une Source de Données
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, sSQL) ALORS
	RENVOYER HErreurInfo()
FIN
RENVOYER HNbEnr(q)
