// Un terme d'ORDER BY qui calcule un texte depuis une rubrique clé texte (ORDER BY 1 sur
// LEFT(Name, 2), un alias de UPPER(Name), LOWER(Name) lui-même) trie sans tenir compte de
// la casse ni des accents sur les deux bases, comme la rubrique : PostgreSQL garde le
// classement de la rubrique à travers une fonction de texte, SQLite n'en donnait aucun
// et triait « zo » avant « Ém ».
POUR TOUT s DE ["Émile", "zoé", "Adam", "bob"]
	HRAZ(Customer)
	Customer.Name = s
	HAjoute(Customer)
FIN
sOut est une chaîne
HExécuteRequêteSQL(q1, "SELECT LEFT(Name, 2) AS ini, CustomerID FROM Customer ORDER BY 1")
POUR TOUT q1
	sOut += [" "] + q1.ini
FIN
Trace(sOut) // expect: Ad bo Ém zo
sOut = ""
HExécuteRequêteSQL(q2, "SELECT UPPER(Name) AS up FROM Customer ORDER BY up DESC")
POUR TOUT q2
	sOut += [" "] + q2.up
FIN
Trace(sOut) // expect: ZOÉ ÉMILE BOB ADAM
sOut = ""
HExécuteRequêteSQL(q3, "SELECT Name FROM Customer ORDER BY LOWER(Name) ASC LIMIT 3")
POUR TOUT q3
	sOut += [" "] + q3.Name
FIN
Trace(sOut) // expect: Adam bob Émile
// un terme qui est la rubrique elle-même, ou un nombre, est trié comme avant
sOut = ""
HExécuteRequêteSQL(q4, "SELECT Name, LENGTH(Name) AS n FROM Customer ORDER BY n DESC, Name")
POUR TOUT q4
	sOut += [" "] + q4.Name
FIN
Trace(sOut) // expect: Émile Adam bob zoé
// GROUP BY s'arrête à un UNION, INTERSECT ou EXCEPT : ses termes groupent selon le
// classement des clés (ÉMILE et EMILE un groupe) ; il était mis après la colonne du SELECT suivant
HRAZ(Customer)
Customer.Name = "EMILE"
HAjoute(Customer)
HExécuteRequêteSQL(q5, "SELECT UPPER(Name) AS u, COUNT(*) AS n FROM Customer GROUP BY UPPER(Name) UNION ALL SELECT 'z', 0")
Trace("union", HNbEnr(q5)) // expect: union, 5
HExécuteRequêteSQL(q5, "SELECT UPPER(Name) AS u FROM Customer GROUP BY UPPER(Name) EXCEPT SELECT 'ADAM'")
Trace("sauf", HNbEnr(q5)) // expect: sauf, 3
HExécuteRequêteSQL(q5, "SELECT UPPER(Name) AS u FROM Customer GROUP BY UPPER(Name) INTERSECT SELECT 'ADAM'")
Trace("intersection", HNbEnr(q5)) // expect: intersection, 1
