// Une seule lecture de l'alias d'une colonne pour son nom, son type et sa collation : un
// alias écrit sans AS ou entre guillemets est un alias quand SELECT DISTINCT groupe un texte
// calculé d'une rubrique clé (la collation allait après l'alias : 'near "COLLATE": syntax
// error'), et `x IS NULL` ne nomme pas d'alias "NULL" (PostgreSQL nommait deux telles
// colonnes "?column?").
POUR i = 1 À 4
	HRAZ(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Évry", "Evry", "évry", "Lyon"][i]
	HAjoute(Customer)
FIN
q est une Source de Données
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT DISTINCT UPPER(City) Ville FROM Customer ORDER BY Ville")
Trace("sans AS", HNbEnr(q), Remplace(HListeRubrique(q), RC, ";"))
// expect: sans AS, 2, Ville
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT DISTINCT LOWER(City) AS ""Ville"" FROM Customer")
Trace("guillemets", HNbEnr(q), Remplace(HListeRubrique(q), RC, ";"))
// expect: guillemets, 2, Ville
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name, City IS NULL, Name IS NOT NULL FROM Customer WHERE Name = 'C1'")
Trace(Remplace(HListeRubrique(q), RC, ";"))
// expect: Name;City IS NULL;Name IS NOT NULL
