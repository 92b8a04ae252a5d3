// EXTRACT(HOUR | MINUTE | SECOND FROM x) et DATEPART(hour, x) dans un SQL écrit à la
// main, les mêmes sur SQLite et PostgreSQL (docs/hfsql.md, « HFSQL's SQL translated » ;
// décidé, INFERRED) : SQLite refusait EXTRACT ('near "FROM": syntax error'), PostgreSQL
// tout texte (« function pg_catalog.extract(unknown, character varying) does not exist »).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241105"
HAjoute(Orders)
REQ est une Source de Données
// une date-heure (plus de 8 chiffres) : son heure ; une heure (8 chiffres ou moins) ;
// une rubrique date : 0
HExécuteRequêteSQL(REQ, [
	SELECT EXTRACT(HOUR FROM '2024-01-01 10:20:30') AS nHeure,
		EXTRACT(MINUTE FROM '2024-01-01T10:20:30') AS nMinute,
		DATEPART(ss, '2024-01-01 10:20:30') AS nSeconde,
		EXTRACT(HOUR FROM '08:15') AS nHeure2, EXTRACT(minute FROM '081559') AS nMinute2,
		DATEPART(hour, OrderDate) AS nMinuit, EXTRACT(YEAR FROM OrderDate) AS nAnnée
	FROM Orders
])
HLitPremier(REQ)
Trace(REQ.nHeure, REQ.nMinute, REQ.nSeconde, REQ.nHeure2, REQ.nMinute2, REQ.nMinuit, REQ.nAnnée)
// expect: 10, 20, 30, 8, 15, 0, 2024
// l'heure du moment où la requête s'exécute
HExécuteRequêteSQL(REQ, "SELECT EXTRACT(HOUR FROM CURRENT_TIMESTAMP) AS nMaintenant")
HLitPremier(REQ)
Trace(REQ.nMaintenant >= 0 ET REQ.nMaintenant <= 23)                   // expect: 1
// les secondes depuis 1970 sont refusées en clair
Trace(HExécuteRequêteSQL(REQ, "SELECT EXTRACT(EPOCH FROM OrderDate) AS n FROM Orders"))  // expect: 0
Trace(HErreurInfo())
// expect: EXTRACT(EPOCH FROM OrderDate): the seconds since 1970 are not computed in a query (they depend on a time zone the item does not hold); read the item and compute them in WLanguage (DateTimeDifference...).
