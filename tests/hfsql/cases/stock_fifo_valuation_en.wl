// (method b) Business code: FIFO stock valuation, a table written in SQL and a loop
QRY is Data Source
HExecuteSQLQuery(QRY, hQueryDefault, "CREATE TABLE InLot (LotID INTEGER PRIMARY KEY, DateIn CHAR(8), Qty INTEGER, UnitCost NUMERIC(10,4))")
HExecuteSQLQuery(QRY, hQueryDefault, [
	INSERT INTO InLot VALUES (1, '20240105', 100, 2.50), (2, '20240210', 50, 2.80), (3, '20240301', 80, 3.10)
])
Trace(FIFOIssueValue(130))
Trace(FIFOIssueValue(100))
Trace(FIFOIssueValue(300))
QRY_Stock is Data Source
HExecuteSQLQuery(QRY_Stock, hQueryDefault, "SELECT SUM(Qty) AS nQty, SUM(Qty * UnitCost) AS mValue, AVG(UnitCost) AS rMean FROM InLot")
HReadFirst(QRY_Stock)
Trace(QRY_Stock.nQty, QRY_Stock.mValue, QRY_Stock.rMean)
// expect: 334
// expect: 250
// expect: Stock short by:, 70
// expect: 638
// expect: 230, 638, 2.8

PROCEDURE FIFOIssueValue(LOCAL nQtyOut is int) : currency
mValue is currency
nLeft is int = nQtyOut
QRY_Lots is Data Source
IF NOT HExecuteSQLQuery(QRY_Lots, hQueryDefault, "SELECT Qty, UnitCost FROM InLot ORDER BY DateIn") THEN
	Error(HErrorInfo())
	RESULT 0
END
FOR EACH QRY_Lots
	IF nLeft <= 0 THEN BREAK
	nTaken is int = Min(nLeft, QRY_Lots.Qty)
	mValue += nTaken * QRY_Lots.UnitCost
	nLeft -= nTaken
END
IF nLeft > 0 THEN Trace("Stock short by:", nLeft)
RESULT mValue
