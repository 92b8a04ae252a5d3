// A purchase proposal from two suppliers' price lists: the lists read line by line
// from files (one saved in Windows-1252, one in UTF-8), parsed by a procedure set
// (SET_Purchasing.wdg: a structure, LOCAL parameters, two results), the stock's
// shortfalls from an SQL query on a data file described in code, the cheapest supplier
// per product with an ArraySort callback, delivery dates with Durations, a supplier's
// JSON availability answer, and the proposal as CSV.
fdStock is File Description
itm is Item Description
fdStock..Name = "Stock"
itm..Name = "Code" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hUniqueKey
HDescribeItem(fdStock, itm)
itm..Name = "OnHand" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdStock, itm)
itm..Name = "Reorder" ; itm..Type = hItemInt
HDescribeItem(fdStock, itm)
HDescribeFile(fdStock)
HCreation(Stock)
FOR EACH STRING sRow OF "GLOVE-L;12;50,CAP-M;80;40,BOOT-42;3;10,VEST-XL;0;20" SEPARATED BY ","
	Stock.Code = ExtractString(sRow, 1, ";")
	Stock.OnHand = ExtractString(sRow, 2, ";")
	Stock.Reorder = ExtractString(sRow, 3, ";")
	HAdd(Stock)
END

// the price lists, as the suppliers send them
sDir is string = CompleteDir(fTempPath()) + "proposal_" + GetIdentifier()
fMakeDir(sDir)
fSaveText(sDir + fSep() + "northwind.csv", StringToUTF8("glove-l;1,95;100;5" + CR + "boot-42;24,50;6;12" + CR + "vest-xl;9,90;25;3" + CR + "cap-m;;10;2"))
nFile is int = fOpen(sDir + fSep() + "acme.csv", foCreate + foAnsi)
fWriteLine(nFile, "GLOVE-L;2,10;50;2")
fWriteLine(nFile, "BOOT-42;22,00;12;20")
fWriteLine(nFile, "VEST-XL;10,50;10;4")
fWriteLine(nFile, "Gants été;1,00")
fClose(nFile)

arrPrices is array of STSupplierPrice
arrRejects is array of strings
bOk is boolean
sWhy is string
FOR EACH sSupplier OF ["northwind", "acme"]
	nFile = fOpen(sDir + fSep() + sSupplier + ".csv", foRead)
	LOOP
		sLine is string = fReadLine(nFile)
		IF sLine = EOT THEN BREAK
		stPrice is STSupplierPrice
		(bOk, sWhy) = ParsePriceLine(sSupplier, sLine, stPrice)
		IF bOk THEN
			ArrayAdd(arrPrices, stPrice)
		ELSE
			ArrayAdd(arrRejects, sSupplier + ": " + sWhy)
		END
	END
	fClose(nFile)
END
Trace(arrPrices.Count + " prices, rejected: " + ArrayToString(arrRejects, " / "))
// expect: 6 prices, rejected: northwind: no price for CAP-M / acme: expected 4 fields, got 2

// the shortfalls: what is under its reorder level
sQuery is string = [
	SELECT Code, Reorder - OnHand AS Short
	FROM Stock
	WHERE OnHand < Reorder
	ORDER BY Code
]
qShort is Data Source
IF NOT HExecuteSQLQuery(qShort, hQueryDefault, sQuery) THEN Trace(HErrorInfo())
dOrdered is Date = "20251208"
sCsv is string = "code;supplier;qty;unit;total;delivery" + CR
mTotal is currency
FOR EACH qShort
	arrOffers is array of STSupplierPrice
	FOR EACH st OF arrPrices
		IF st.sCode = qShort.Code THEN ArrayAdd(arrOffers, st)
	END
	IF arrOffers.Count = 0 THEN
		Trace(qShort.Code + ": no supplier") ; CONTINUE
	END
	ArraySort(arrOffers, asFunction, CompareOffers)
	stBest is STSupplierPrice = arrOffers[1]
	nQty is int = OrderQuantity(qShort.Short, stBest.nMinQty)
	dDelivery is Date = dOrdered + stBest.duLead
	dDelivery..Day += SAFETY_DAYS
	sCsv += StringBuild("%1;%2;%3;%4;%5;%6", qShort.Code, stBest.sSupplier, nQty, ...
		stBest.mUnitPrice, nQty * stBest.mUnitPrice, DateToString(dDelivery, "YYYY-MM-DD")) + CR
	mTotal += nQty * stBest.mUnitPrice
END
Trace(sCsv + "total;" + mTotal)
// expect: code;supplier;qty;unit;total;delivery
// expect: BOOT-42;acme;20;22;440;2025-12-30
// expect: GLOVE-L;northwind;100;1.95;195;2025-12-15
// expect: VEST-XL;northwind;30;9.9;297;2025-12-13
// expect: total;932

// the faster supplier's availability, as its service answers
vAnswer is Variant = JSONToVariant([
	{"supplier": "acme", "items": [{"code": "BOOT-42", "available": 8}, {"code": "VEST-XL", "available": 30}]}
	])
FOR EACH vItem OF vAnswer.items
	Trace(vItem.code + " available: " + vItem.available)
END
// expect: BOOT-42 available: 8
// expect: VEST-XL available: 30
fDelete(sDir + fSep() + "northwind.csv")
fDelete(sDir + fSep() + "acme.csv")
fRemoveDir(sDir)

INTERNAL PROCEDURE CompareOffers(a is STSupplierPrice, b is STSupplierPrice) : int
	// the cheaper first; at the same price, the faster
	IF a.mUnitPrice <> b.mUnitPrice THEN RESULT (a.mUnitPrice < b.mUnitPrice ? -1 ELSE 1)
	RESULT (a.duLead < b.duLead ? -1 ELSE (a.duLead > b.duLead ? 1 ELSE 0))
END
