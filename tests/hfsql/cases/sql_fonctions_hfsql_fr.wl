// Les fonctions SQL de HFSQL que SQLite ou PostgreSQL n'ont pas, comme le code WINDEV les
// écrit dans HExécuteRequêteSQL (chacune arrêtait la requête : « no such function: YEAR »,
// « function len(character varying) does not exist », 'near "(": syntax error' pour LEFT)
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
HAjoute(Customer)
POUR TOUT dDate DE ["20241105", "20241120", "20241201"]
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = dDate
	Orders.Total = 10
	HAjoute(Orders)
FIN
// ventes par mois
REQ est une Source de Données
HExécuteRequêteSQL(REQ, [
	SELECT YEAR(OrderDate) AS nYear, MONTH(OrderDate) AS nMonth, SUM(Total) AS mTotal
	FROM Orders
	WHERE YEAR(OrderDate) = 2024
	GROUP BY YEAR(OrderDate), MONTH(OrderDate)
	ORDER BY 1, 2
])
POUR TOUT REQ
	Trace(REQ.nYear, REQ.nMonth, REQ.mTotal)
FIN
// expect: 2024, 11, 20
// expect: 2024, 12, 10
tabSQL est un tableau de chaînes = [...
	"SELECT DAY(MIN(OrderDate)) AS v FROM Orders", ...
	"SELECT LEN(Name) AS v FROM Customer", ...
	"SELECT LEFT(Name, 3) AS v FROM Customer", ...
	"SELECT RIGHT(Name, 2) AS v FROM Customer", ...
	"SELECT LEN(LEFT(City, 2)) AS v FROM Customer", ...
	"SELECT IFNULL(NULL, 'x') AS v FROM Customer", ...
	"SELECT NVL(NULL, 'y') AS v FROM Customer", ...
	"SELECT CONCAT(Name, ' - ', City) AS v FROM Customer", ...
	"SELECT 'YEAR(x)' AS v FROM Customer" ...
]
POUR TOUT sSQL, i DE tabSQL
	REQ2 est une Source de Données
	SI HExécuteRequêteSQL(REQ2, sSQL) ALORS
		HLitPremier(REQ2)
		Trace(i, REQ2.v)
	SINON
		Trace(i, HErreurInfo())
	FIN
FIN
// expect: 1, 5
// expect: 2, 6
// expect: 3, Dup
// expect: 4, nt
// expect: 5, 2
// expect: 6, x
// expect: 7, y
// expect: 8, Dupont - Lyon
// expect: 9, YEAR(x)
