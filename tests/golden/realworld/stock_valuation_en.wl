// Month-end stock valuation: two data files described in code (products and their
// movements), a composite key read with HReadSeekFirst, weighted average cost per
// product, an SQL join for the report, week numbers and month ends.
fdProd is File Description
fdMove is File Description
itm is Item Description
fdProd..Name = "Product"
itm..Name = "Code" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hUniqueKey
HDescribeItem(fdProd, itm)
itm..Name = "Label" ; itm..Type = hItemText ; itm..Size = 40 ; itm..KeyType = hNotAKey
HDescribeItem(fdProd, itm)
HDescribeFile(fdProd)
fdMove..Name = "Movement"
itm..Name = "MoveID" ; itm..Type = hItemAutoID ; itm..KeyType = hUniqueKey
HDescribeItem(fdMove, itm)
itm..Name = "Code" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdMove, itm)
itm..Name = "MoveDate" ; itm..Type = hItemDate ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdMove, itm)
itm..Name = "Qty" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdMove, itm)
itm..Name = "UnitCost" ; itm..Type = hItemCurrency ; itm..KeyType = hNotAKey
HDescribeItem(fdMove, itm)
HDescribeFile(fdMove)
HCreation(Product)
HCreation(Movement)

FOR EACH STRING s OF "BOLT-M6:Hex bolt M6,NUT-M6:Nut M6,WASH-M6:Washer M6" SEPARATED BY ","
	Product.Code = ExtractString(s, 1, ":")
	Product.Label = ExtractString(s, 2, ":")
	HAdd(Product)
END

arrMoves is array of strings = ["BOLT-M6|20251103|500|0.12", "BOLT-M6|20251110|-120|0", ...
	"BOLT-M6|20251117|300|0.15", "NUT-M6|20251104|1000|0.03", "NUT-M6|20251128|-400|0", ...
	"WASH-M6|20251201|250|0.02"]
FOR EACH sMove OF arrMoves
	arrF is array of strings
	StringToArray(sMove, arrF, "|")
	Movement.Code = arrF[1]
	Movement.MoveDate = arrF[2]
	Movement.Qty = Val(arrF[3])
	Movement.UnitCost = Val(arrF[4])
	HAdd(Movement)
END

dMonthEnd is Date = LastDayOfMonth("20251115")
Trace("valuation at " + DateToString(dMonthEnd, "YYYY-MM-DD") + ", week " + WeekNumber(dMonthEnd))
// expect: valuation at 2025-11-30, week 48

moTotal is currency
HReadFirst(Product, Code)
WHILE HFound(Product)
	nStock is int = 0
	moCost is currency = 0
	HReadSeekFirst(Movement, Code, Product.Code)
	WHILE HFound(Movement) AND Movement.Code = Product.Code
		IF Movement.MoveDate <= dMonthEnd THEN
			IF Movement.Qty > 0 THEN
				// weighted average of what is in stock and what comes in (a currency keeps 6 decimals)
				moCost = (nStock * moCost + Movement.Qty * Movement.UnitCost) / (nStock + Movement.Qty)
			END
			nStock += Movement.Qty
		END
		HReadNext(Movement, Code)
	END
	IF nStock > 0 THEN
		moValue is currency = Round(nStock * moCost, 2)
		moTotal += moValue
		Trace(Complete(Product.Code, 8) + NumToString(nStock, "6d") + " @ " + NumToString(moCost, "7.4f") + " = " + NumToString(moValue, "8.2f"))
	END
	HReadNext(Product, Code)
END
Trace("total " + moTotal)
// expect: BOLT-M6    680 @  0.1332 =    90.60
// expect: NUT-M6     600 @  0.0300 =    18.00
// expect: total 108.6

sQuery is string = [
	SELECT P.Code, P.Label, COUNT(M.MoveID) AS NbMoves, SUM(M.Qty) AS Balance
	FROM Product P LEFT OUTER JOIN Movement M ON M.Code = P.Code
	GROUP BY P.Code, P.Label
	ORDER BY Balance DESC
]
QRY is Data Source
IF NOT HExecuteSQLQuery(QRY, hQueryDefault, sQuery) THEN
	Error(HErrorInfo())
END
FOR EACH QRY
	Trace(QRY.Code + " " + QRY.Label + ": " + QRY.NbMoves + " moves, balance " + QRY.Balance)
END
// expect: BOLT-M6 Hex bolt M6: 3 moves, balance 680
// expect: NUT-M6 Nut M6: 2 moves, balance 600
// expect: WASH-M6 Washer M6: 1 moves, balance 250
HCancelDeclaration(QRY)
