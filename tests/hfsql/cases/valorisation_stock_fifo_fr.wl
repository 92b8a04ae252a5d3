// (méthode b) Code métier : valorisation FIFO avec une table écrite en SQL et une boucle
// Valorisation FIFO du stock : les entrées les plus anciennes sortent les premières
REQ est une Source de Données
HExécuteRequêteSQL(REQ, hRequêteDéfaut, "CREATE TABLE LotEntree (IdLot INTEGER PRIMARY KEY, DateEntree CHAR(8), Qte INTEGER, CoutUnitaire NUMERIC(10,4))")
HExécuteRequêteSQL(REQ, hRequêteDéfaut, [
	INSERT INTO LotEntree VALUES (1, '20240105', 100, 2.50), (2, '20240210', 50, 2.80), (3, '20240301', 80, 3.10)
])
Trace(ValeurSortieFIFO(130))
Trace(ValeurSortieFIFO(100))
Trace(ValeurSortieFIFO(300))
REQ_Stock est une Source de Données
HExécuteRequêteSQL(REQ_Stock, hRequêteDéfaut, "SELECT SUM(Qte) AS nQte, SUM(Qte * CoutUnitaire) AS mValeur, AVG(CoutUnitaire) AS rMoyen FROM LotEntree")
HLitPremier(REQ_Stock)
Trace(REQ_Stock.nQte, REQ_Stock.mValeur, REQ_Stock.rMoyen)
// expect: 334
// expect: 250
// expect: Stock insuffisant :, 70
// expect: 638
// expect: 230, 638, 2.8

PROCÉDURE ValeurSortieFIFO(LOCAL nQteSortie est un entier) : monétaire
mValeur est un monétaire
nReste est un entier = nQteSortie
REQ_Lots est une Source de Données
SI PAS HExécuteRequêteSQL(REQ_Lots, hRequêteDéfaut, "SELECT Qte, CoutUnitaire FROM LotEntree ORDER BY DateEntree") ALORS
	Erreur(HErreurInfo())
	RENVOYER 0
FIN
POUR TOUT REQ_Lots
	SI nReste <= 0 ALORS SORTIR
	nPris est un entier = Min(nReste, REQ_Lots.Qte)
	mValeur += nPris * REQ_Lots.CoutUnitaire
	nReste -= nPris
FIN
SI nReste > 0 ALORS Trace("Stock insuffisant :", nReste)
RENVOYER mValeur
