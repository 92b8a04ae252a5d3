// DAYOFYEAR, WEEK et MONTHS_BETWEEN dans un SQL écrit à la main, sur SQLite comme sur
// PostgreSQL, qui ne les ont pas : DAYOFYEAR de 1 à 366 ; WEEK celle d'ODBC et de SQL
// Server (le 1er janvier en semaine 1, semaines commençant le dimanche) ; MONTHS_BETWEEN
// celle d'Oracle. Décidé, INFERRED : docs/hfsql.md "HFSQL's SQL translated".
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250104"       // un samedi : le 1er janvier 2025 est un mercredi
HAjoute(Orders)
REQ est une Source de Données
HExécuteRequêteSQL(REQ, [
	SELECT DAYOFYEAR(OrderDate) AS nJour, week(OrderDate) AS nSemaine,
	       Week('2025-01-05') AS nDimanche, dayofyear('20241231') AS nBissextile,
	       WEEK('2024-12-31') AS nDernière,
	       months_between('20250315', OrderDate) AS nMois,
	       MONTHS_BETWEEN('2025-04-04', OrderDate) AS nEntiers,
	       MONTHS_BETWEEN('20250228', '20250131') AS nDerniersJours
	FROM Orders
])
HLitPremier(REQ)
Trace(REQ.nJour, REQ.nSemaine, REQ.nDimanche, REQ.nBissextile, REQ.nDernière)  // expect: 4, 1, 2, 366, 53
Trace(Arrondi(REQ.nMois, 4), Arrondi(REQ.nEntiers, 4), Arrondi(REQ.nDerniersJours, 4))  // expect: 2.3548, 3, 1
