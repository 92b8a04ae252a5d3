// Les colonnes du résultat d'une requête ont un seul nom sur les deux bases : une colonne
// calculée sans AS est nommée comme elle est écrite (SQLite la nommait par sa traduction
// SUBSTR(City, 1, 2), PostgreSQL "left", et deux colonnes sans nom faisaient échouer la
// requête : "?column?" ambigu) ; un alias garde son orthographe (PostgreSQL donnait "town").
// GROUP BY et DISTINCT sur un texte calculé d'une rubrique clé texte groupent comme la clé
// compare (sans casse ni accents), comme PostgreSQL le faisait et SQLite non.
POUR i = 1 À 4
	HRAZ(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Évry", "Evry", "évry", "Lyon"][i]
	Customer.Balance = 10 * i
	HAjoute(Customer)
FIN
q est une Source de Données
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name, City AS Town, LEFT(City, 2), COUNT(*), MAX(Balance) + 1 FROM Customer WHERE Name = 'C4' GROUP BY Name, City")
Trace(Remplace(HListeRubrique(q), RC, ";"))
// expect: Name;Town;LEFT(City, 2);COUNT(*);MAX(Balance) + 1
POUR TOUT q
	Trace(q.Name, q.Town, q.town)
FIN
// expect: C4, Lyon, Lyon
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT UPPER(City) AS u, COUNT(*) AS n FROM Customer GROUP BY UPPER(City) ORDER BY 1 LIMIT 5")
POUR TOUT q
	Trace("groupe", q.n)
FIN
// expect: groupe, 3
// expect: groupe, 1
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT DISTINCT LOWER(City) FROM Customer")
Trace("distinct", HNbEnr(q), Remplace(HListeRubrique(q), RC, ";"))
// expect: distinct, 2, LOWER(City)
