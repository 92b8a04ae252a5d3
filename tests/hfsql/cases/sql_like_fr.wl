// LIKE dans un SQL écrit à la main (HExécuteRequêteSQL) sur une clé texte : PostgreSQL le
// refusait (« nondeterministic collations are not supported for LIKE ») ; sur les deux
// bases il ignore maintenant la casse (le LIKE de SQLite le fait ; sur PostgreSQL la clé
// est comparée sous "C" avec ILIKE : les accents comptent, comme au LIKE de HFiltre)
POUR TOUT sNom DE ["Dupont", "DUPOND", "Émile", "Martin"]
	HRAZ(Customer)
	Customer.Name = sNom
	HAjoute(Customer)
FIN
sSaisie est une chaîne = "du"
REQ est une Source de Données
SI PAS HExécuteRequêteSQL(REQ, "SELECT Name FROM Customer WHERE Name LIKE '" + sSaisie + "%' ORDER BY CustomerID") ALORS
	Trace(HErreurInfo())
FIN
POUR TOUT REQ
	Trace(REQ.Name)
FIN
// expect: Dupont
// expect: DUPOND
REQ2 est une Source de Données
HExécuteRequêteSQL(REQ2, "SELECT Name FROM Customer WHERE Name NOT LIKE '%u%' AND Name like '%i%' ORDER BY CustomerID")
POUR TOUT REQ2
	Trace(REQ2.Name)
FIN
// expect: Émile
// expect: Martin
REQ3 est une Source de Données
HExécuteRequêteSQL(REQ3, "SELECT COUNT(*) AS n FROM Customer WHERE UPPER(Name) LIKE '%MIL%'")
HLitPremier(REQ3)
Trace(REQ3.n)                 // expect: 1
