// SUBSTRING(s FROM début [FOR longueur]) et TRIM([LEADING | TRAILING | BOTH] [car] FROM s)
// de SQL-92 dans un SQL écrit à la main : SQLite les refusait ('near "FROM": syntax
// error'), PostgreSQL les a ; mêmes résultats sur les deux maintenant (HFSQL "supporte la
// norme ANSI SQL 92" : brochure HFSQL de PC SOFT ; docs/hfsql.md "HFSQL's SQL translated").
HRAZ(Customer)
Customer.Name = "xxDupontxx"
Customer.City = "  Lyon  "
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250104"
HAjoute(Orders)
REQ est une Source de Données
SI PAS HExécuteRequêteSQL(REQ, [
	SELECT SUBSTRING(o.OrderDate FROM 1 FOR 6) AS sMois, SUBSTRING(o.OrderDate FROM 7) AS sJour,
	       substring(c.Name from 3 for 6) AS sNom, SUBSTRING(c.Name, 3, 2) AS sVirgule,
	       TRIM(LEADING 'x' FROM c.Name) AS sDebut, TRIM(TRAILING 'x' FROM c.Name) AS sFin,
	       TRIM(BOTH 'x' FROM c.Name) AS sDeux, TRIM('x' FROM c.Name) AS sCar,
	       '[' || TRIM(BOTH FROM c.City) || ']' AS sVille, '[' || TRIM(c.City) || ']' AS sSimple
	FROM Orders o JOIN Customer c ON c.CustomerID = o.CustomerID
]) ALORS
	Trace(HErreurInfo())
FIN
HLitPremier(REQ)
Trace(REQ.sMois, REQ.sJour, REQ.sNom, REQ.sVirgule)     // expect: 202501, 04, Dupont, Du
Trace(REQ.sDebut, REQ.sFin, REQ.sDeux, REQ.sCar)        // expect: Dupontxx, xxDupont, Dupont, Dupont
Trace(REQ.sVille, REQ.sSimple)                          // expect: [Lyon], [Lyon]
