// COMME ignore la casse de toute lettre sur les deux bases, accents gardés : le LIKE de SQLite
// ne pliait que les lettres ASCII, l'ILIKE de PostgreSQL sous "C" aussi : "évry" manquait "Évry"
// (POUR TOUT ... OÙ, la condition de HFiltre et le SQL écrit à la main de même).
POUR i = 1 À 4
	HRAZ(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Évry", "évry", "Evry", "ÉVRY-Courcouronnes"][i]
	HAjoute(Customer)
FIN
POUR TOUT Customer AVEC City COMME "évry"
	Trace("où", Customer.Name)
FIN
// expect: où, C1
// expect: où, C2
POUR TOUT Customer OÙ City PAS COMME "év%"
	Trace("pas comme", Customer.Name)
FIN
// expect: pas comme, C3
HFiltre(Customer, "City COMME 'ÉVRY%'")
POUR TOUT Customer
	Trace("filtre", Customer.Name)
FIN
// expect: filtre, C1
// expect: filtre, C2
// expect: filtre, C4
HDésactiveFiltre(Customer)
HFiltre(Customer, "City ]= 'évry-c'")
POUR TOUT Customer
	Trace("commence", Customer.Name)
FIN
// expect: commence, C4
HDésactiveFiltre(Customer)
q est une Source de Données
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name FROM Customer WHERE City LIKE 'évry_%' ORDER BY Name")
POUR TOUT q
	Trace("requête", q.Name)
FIN
// expect: requête, C4
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name FROM Customer WHERE City NOT LIKE 'ÉVRY' ORDER BY Name")
POUR TOUT q
	Trace("requête pas", q.Name)
FIN
// expect: requête pas, C3
// expect: requête pas, C4
// Beaucoup de % contre un long texte prennent le temps du texte, pas des secondes ni des
// minutes : chaque % devenait un ".*" qui revenait en arrière (60 lettres : des minutes).
HRAZ(Customer)
Customer.Name = Répète("a", 60)
HAjoute(Customer)
POUR TOUT Customer OÙ Name COMME "%a%a%a%a%a%a%a%a%b"
	Trace("beaucoup de %", Customer.Name)
FIN
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name FROM Customer WHERE Name LIKE '%a%a%a%a%a%a%a%a%b'")
Trace("beaucoup de % requête", HNbEnr(q))
// expect: beaucoup de % requête, 0
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name FROM Customer WHERE Name LIKE '%A%a_a%a%a%a%a%A'")
Trace("beaucoup de % trouvé", HNbEnr(q))
// expect: beaucoup de % trouvé, 1
// Un ESCAPE de deux caractères est refusé dans les mots de SQLite (de PostgreSQL sur lui)
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name FROM Customer WHERE Name LIKE 'a%' ESCAPE 'ab'") ALORS
	Trace("échappement", Position(HErreurInfo(), "user-defined") = 0, Position(Majuscule(HErreurInfo()), "ESCAPE") > 0)
FIN
// expect: échappement, 1, 1
