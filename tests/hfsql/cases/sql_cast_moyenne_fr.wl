// CAST vers un nombre ou un texte de taille donnée et AVG dans un SQL écrit à la main
// donnent les mêmes valeurs sur SQLite et PostgreSQL (docs/hfsql.md, « CAST and AVG » ;
// décidé, INFERRED). Avant, PostgreSQL arrondissait CAST(10.555 AS INTEGER) à 11,
// écrivait CAST(Total AS VARCHAR(20)) « 10.555000 », complétait CHAR(n) d'espaces et
// donnait à AVG 20 décimales lues comme un monétaire.
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.VIP = Vrai
HAjoute(Customer)
POUR TOUT mMontant DE [10.555, 13.555, 0.4, -2.5]
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = "20241105"
	Orders.Total = mMontant
	HAjoute(Orders)
FIN
REQ est une Source de Données
// un nombre converti en entier garde sa partie entière, comme une variable entière
HExécuteRequêteSQL(REQ, [
	SELECT CAST(Total AS INTEGER) AS nEntier, CAST(Total AS VARCHAR(20)) AS sTexte,
		CAST(Total AS CHAR(5)) AS sCinq, CAST(Total AS VARCHAR(3)) AS sTrois
	FROM Orders ORDER BY Total
])
POUR TOUT REQ
	Trace(REQ.nEntier, "[" + REQ.sTexte + "]", "[" + REQ.sCinq + "]", REQ.sTrois)
FIN
// expect: -2, [-2.5], [-2.5], -2.
// expect: 0, [0.4], [0.4], 0.4
// expect: 10, [10.555], [10.55], 10.
// expect: 13, [13.555], [13.55], 13.
nEntier est un entier = 10.555
Trace(nEntier)                                                  // expect: 10
HExécuteRequêteSQL(REQ, "SELECT CAST(10.555 AS INTEGER) AS a, CAST(-2.5 AS INT) AS b, CAST('12' AS INTEGER) AS c")
HLitPremier(REQ)
Trace(REQ.a, REQ.b, REQ.c)                                      // expect: 10, -2, 12
// les autres opérandes sont convertis tels quels : un booléen, un texte, un identifiant
HExécuteRequêteSQL(REQ, "SELECT CAST(VIP AS INTEGER) AS v, CAST(Name AS VARCHAR(3)) AS n, CAST(CustomerID AS CHAR(4)) AS i FROM Customer")
HLitPremier(REQ)
Trace(REQ.v, REQ.n, "[" + REQ.i + "]")                          // expect: 1, Dup, [1]
// un paramètre
REQ.pMontant = 7.9
HExécuteRequêteSQL(REQ, hRequêteDéfaut, "SELECT CAST({pMontant} AS INTEGER) AS x FROM Customer")
HLitPremier(REQ)
Trace(REQ.x)                                                    // expect: 7
// AVG est un réel sur les deux bases
POUR i = 1 À 7
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = "20241106"
	Orders.Total = 0.1
	HAjoute(Orders)
FIN
HExécuteRequêteSQL(REQ, "SELECT AVG(Total) AS rMoyenne, CAST(AVG(Total) AS INTEGER) AS nMoyenne, COUNT(*) AS n FROM Orders WHERE OrderDate = '20241106' OR Total = 0.4")
HLitPremier(REQ)
Trace(REQ.rMoyenne, TypeVar(REQ.rMoyenne) = wlRéel, REQ.nMoyenne, REQ.n)  // expect: 0.1375, 1, 0, 8
HExécuteRequêteSQL(REQ, "SELECT AVG(Total) AS rMoyenne FROM Orders WHERE OrderDate = '20241106' OR Total = 0.4 OR Total = 13.555")
HLitPremier(REQ)
Trace(REQ.rMoyenne)                                             // expect: 1.62833333333333
