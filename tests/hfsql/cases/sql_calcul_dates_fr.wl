// Calcul de dates dans un SQL écrit à la main, le même sur SQLite et PostgreSQL :
// DATEADD / DATEDIFF de SQL Server, ADD_MONTHS / LAST_DAY d'Oracle (le SQL d'HFSQL
// accepte les deux syntaxes), et OrderDate + 30 sur une rubrique date. SQLite donnait
// 20241160 pour '20241130' + 30 et ne connaissait pas DATEADD ; PostgreSQL refusait
// texte + entier. Une date calculée est un texte AAAAMMJJ, comme une rubrique date.
// docs/hfsql.md "HFSQL's SQL translated" (décidé, INFERRED).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
POUR TOUT sDate DE ["20241130", "20250131"]
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = sDate
	Orders.Total = 100
	HAjoute(Orders)
FIN
REQ est une Source de Données
HExécuteRequêteSQL(REQ, [
	select OrderDate, OrderDate + 30 as dEcheance, dateadd(month, 1, OrderDate) as dMoisSuivant,
	       Add_Months(OrderDate, 13) as d13, last_day(OrderDate) as dFin,
	       DateDiff(dd, OrderDate, '20250301') as nJours, datediff(mm, OrderDate, '20250301') as nMois
	from Orders
	order by OrderID
])
POUR TOUT REQ
	Trace(REQ.OrderDate, REQ.dEcheance, REQ.dMoisSuivant, REQ.d13, REQ.dFin, REQ.nJours, REQ.nMois)
FIN
// expect: 20241130, 20241230, 20241230, 20251230, 20241130, 91, 4
// expect: 20250131, 20250302, 20250228, 20260228, 20250131, 29, 2
REQ2 est une Source de Données
REQ2.pJours = 30
HExécuteRequêteSQL(REQ2, [
	SELECT COUNT(*) AS n FROM Orders WHERE OrderDate + :pJours > '20250101'
])
HLitPremier(REQ2)
Trace(REQ2.n)                                             // expect: 1
HExécuteRequêteSQL(REQ, "SELECT DATEADD(ww, 2, OrderDate) AS d FROM Orders WHERE OrderID = 1")
HLitPremier(REQ)
dEcheance est une Date = REQ.d
Trace(dEcheance, dEcheance..Jour, dEcheance..Année)       // expect: 20241214, 14, 2024
// CURRENT_DATE est un texte AAAAMMJJ sur les deux, comparé à une rubrique date et
// décalé de jours (PostgreSQL refusait OrderDate < CURRENT_DATE : texte contre date)
HRAZ(Orders)
POUR TOUT n DE [-40, -10, 0]
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = DateDuJour() + n
	HAjoute(Orders)
FIN
HExécuteRequêteSQL(REQ, "SELECT COUNT(*) AS n FROM Orders WHERE OrderDate < CURRENT_DATE AND OrderDate >= CURRENT_DATE - 30")
HLitPremier(REQ)
Trace(REQ.n)                                              // expect: 1
// DAYOFWEEK (1 pour dimanche), SYSDATE, GETDATE() et NOW() : le texte AAAAMMJJHHMMSSmmm du moment
HExécuteRequêteSQL(REQ, "SELECT DAYOFWEEK('20250105') AS j, LEFT(SYSDATE, 8) AS s, LEFT(GETDATE(), 8) AS g, LENGTH(NOW()) AS n FROM Customer")
HLitPremier(REQ)
Trace(REQ.j, REQ.s = DateDuJour(), REQ.g = DateDuJour(), REQ.n)   // expect: 1, 1, 1, 17
