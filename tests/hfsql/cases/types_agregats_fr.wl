// SUM(Rubrique), MIN(Rubrique) et MAX(Rubrique) d'une rubrique, nommés avec AS, ont un
// type sur les deux bases : la somme, le minimum et le maximum d'une rubrique monétaire
// sont des monétaires, la somme d'un entier un entier sur 8 octets, MIN et MAX le type de
// la rubrique. SQLite typait SUM(Total) en réel et MIN(InvoiceNum) en entier sur 8 octets
// là où PostgreSQL donnait un monétaire et un entier sur 4 octets.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
POUR i = 1 _À_ 3
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.Total = 10.25 * i
	Orders.InvoiceNum = i
	HAjoute(Orders)
FIN
ds est une Source de Données
HExécuteRequêteSQL(ds, "SELECT SUM(Total) AS s, MAX(Orders.Total) AS mx, SUM(InvoiceNum) AS n, " + ...
	"MIN(InvoiceNum) AS mn, COUNT(*) AS c, SUM(Total * InvoiceNum) + 1 AS amount FROM Orders")
HLitPremier(ds)
Trace(ds.s, TypeVar(ds.s) = wlMonétaire, ds.mx, TypeVar(ds.mx) = wlMonétaire) // expect: 61.5, 1, 30.75, 1
Trace(ds.n, TypeVar(ds.n) = wlEntier, ds.mn, ds.c) // expect: 6, 1, 1, 3
Trace(ds.s..Type = hRubMonétaire, ds.mx..Type = hRubMonétaire, ds.mn..Type = hRubEntier) // expect: 1, 1, 1
sLignes est une chaîne = HListeRubrique(ds, hLstDétail)
Trace(ExtraitChaîne(ExtraitChaîne(sLignes, 3, RC), 3, TAB)) // expect: 19
// une expression sur une rubrique monétaire et aucune réelle est un monétaire aussi
Trace(ds.amount, TypeVar(ds.amount) = wlMonétaire, ds.amount / 7) // expect: 144.5, 1, 20.642857
// une somme monétaire divisée garde les 6 décimales d'un monétaire, sur les deux bases
Trace(ds.s / 7) // expect: 8.785714
