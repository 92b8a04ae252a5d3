// NEXT_DAY (celle d'Oracle), EOMONTH (celle de SQL Server), DATEPART, EXTRACT, QUARTER et
// DAYOFMONTH dans un SQL écrit à la main, pareilles sur SQLite et PostgreSQL : aucun des
// deux n'a les quatre premières sur le texte AAAAMMJJ d'une rubrique date. NEXT_DAY : le
// premier jour après la date qui est le jour nommé (en anglais ou en français, entier ou
// ses trois premières lettres, toute casse ; un autre texte donne NULL) ; EOMONTH : le
// dernier jour du mois, n mois plus loin. Décidé, INFERRED : docs/hfsql.md "HFSQL's SQL
// translated".
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250104"       // un samedi
HAjoute(Orders)
REQ est une Source de Données
HExécuteRequêteSQL(REQ, [
	SELECT NEXT_DAY(OrderDate, 'LUNDI') AS dLivraison, next_day(OrderDate, 'sam') AS dSam,
	       NEXT_DAY('2025-01-31', 'Vendredi') AS dVen, NEXT_DAY(OrderDate, 'monday') AS dMonday,
	       NEXT_DAY(OrderDate, 'unjour') AS dAucun,
	       EOMONTH(OrderDate) AS dFin, EOMONTH(OrderDate, 1) AS dSuivant, EOMONTH('20250331', -1) AS dAvant
	FROM Orders
])
HLitPremier(REQ)
Trace(REQ.dLivraison, REQ.dSam, REQ.dVen, REQ.dMonday, "[" + REQ.dAucun + "]")  // expect: 20250106, 20250111, 20250207, 20250106, []
Trace(REQ.dFin, REQ.dSuivant, REQ.dAvant)                             // expect: 20250131, 20250228, 20250228
dLivraison est une Date = REQ.dLivraison
Trace(DateVersJourEnLettre(dLivraison))                               // expect: lundi
HExécuteRequêteSQL(REQ, [
	SELECT DATEPART(quarter, '20250815') AS nTrimestre, DATEPART(dw, OrderDate) AS nJourSemaine,
	       DATEPART(dayofyear, '20251231') AS nJours, DATEPART(mm, OrderDate) AS nMois,
	       EXTRACT(YEAR FROM OrderDate) AS nAnnee, extract(day from '2025-03-09') AS nJour,
	       QUARTER(OrderDate) AS nT, DAYOFMONTH(OrderDate) AS nJourDuMois
	FROM Orders
])
HLitPremier(REQ)
Trace(REQ.nTrimestre, REQ.nJourSemaine, REQ.nJours, REQ.nMois)       // expect: 3, 7, 365, 1
Trace(REQ.nAnnee, REQ.nJour, REQ.nT, REQ.nJourDuMois)                // expect: 2025, 9, 1, 4
