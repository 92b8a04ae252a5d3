// Une rubrique date (texte AAAAMMJJ) comparée à CAST(... AS DATE) dans un SQL écrit à la
// main : le CAST est le texte AAAAMMJJ sur les deux bases. PostgreSQL le refusait (texte
// contre date), SQLite comparait les textes (décidé, INFERRED : docs/hfsql.md).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
POUR TOUT s DE ["20241231", "20250101", "20250115", "20250201"]
	Orders.OrderDate = s
	HAjoute(Orders)
FIN
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, [
	SELECT OrderDate FROM Orders
	WHERE OrderDate >= CAST('2025-01-01' AS DATE) AND OrderDate < CAST('20250201' AS DATE)
	ORDER BY OrderDate
]))                                                       // expect: 1
POUR TOUT REQ
	Trace(REQ.OrderDate)
FIN
// expect: 20250101
// expect: 20250115
Trace(HExécuteRequêteSQL(REQ, [
	SELECT COUNT(*) AS n FROM Orders
	WHERE CAST(OrderDate AS DATE) = CAST('2025-01-15 10:30:00' AS DATE)
]), HLitPremier(REQ), REQ.n)                                              // expect: 1, 1, 1
