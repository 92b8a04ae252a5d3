// Un texte calculé depuis une rubrique texte clé est groupé, rendu DISTINCT et trié selon la
// collation des clés (casse et accents ignorés) dans une sous-requête et dans chaque partie
// d'une UNION aussi, sur SQLite comme sur PostgreSQL : seul le SELECT extérieur l'était,
// SQLite comptait ÉVRY et EVRY en deux groupes. docs/hfsql.md "Collation of text keys".
POUR TOUT s DE ["Évry", "EVRY", "evry", "Paris", "zoé", "Émile"]
	Customer.Name = s
	Customer.City = s
	HAjoute(Customer)
FIN
q est une Source de Données
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT COUNT(*) AS n FROM (SELECT UPPER(City) AS c FROM Customer GROUP BY UPPER(City)) x")
HLitPremier(q)
Trace(q.n)                                      // expect: 4
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT COUNT(*) AS n FROM (SELECT DISTINCT LOWER(City) FROM Customer) x")
HLitPremier(q)
Trace(q.n)                                      // expect: 4
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT UPPER(Name) AS u FROM Customer WHERE City = 'Paris' UNION ALL SELECT DISTINCT UPPER(City) FROM Customer WHERE City <> 'Paris' ORDER BY 1")
Trace(HNbEnr(q))                                // expect: 4
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT COUNT(*) AS n FROM Customer WHERE CustomerID IN (SELECT MIN(CustomerID) FROM Customer GROUP BY LOWER(City))")
HLitPremier(q)
Trace(q.n)                                      // expect: 4
