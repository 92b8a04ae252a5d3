// Stock movement journal, as a WINDEV developer writes it: each batch in a transaction,
// cancelled (HTransactionCancel) as soon as one line is refused
CONSTANT
	MVT_IN = 1
	MVT_OUT = 2
END
gsLastError is string   // global: why the last batch was refused

InitProducts()
arrMvt is array of 0 string
ArrayAdd(arrMvt, "REF1;1;50")
ArrayAdd(arrMvt, "REF2;2;5")
ArrayAdd(arrMvt, "REF1;2;20")
IF SaveBatch(arrMvt) THEN
	Trace("Batch 1 committed")
ELSE
	Trace("Batch 1 cancelled: " + gsLastError)
END
// expect: Batch 1 committed
ShowStocks()
// expect: REF1: 40
// expect: REF2: 5
// expect: REF3: 10
// a batch whose last line takes more than the stock: the line before it is cancelled
arrMvt2 is array of strings = ["REF2;1;10", "REF3;2;999"]
IF NOT SaveBatch(arrMvt2) THEN Trace("Batch 2 cancelled: " + gsLastError)
// expect: Batch 2 cancelled: not enough stock for REF3 (10 < 999)
// an unknown product: CASE ERROR cancels too
if not savebatch(["ref1;1;1", "REF9;1;1"]) then trace("Batch 3 cancelled: " + gsLastError)
// expect: Batch 3 cancelled: unknown product REF9
ShowStocks()
// expect: REF1: 40
// expect: REF2: 5
// expect: REF3: 10
Trace(HTransactionInProgress())   // expect: 0

PROCEDURE InitProducts()
FOR i = 1 _TO_ 3
	HReset(Product)
	Product.Reference = "REF" + i
	Product.Label = "Product #" + i
	Product.Price = 10 * i
	Product.Stock = 10
	IF NOT HAdd(Product) THEN
		Error(HErrorInfo())
	END
END

PROCEDURE SaveBatch(LOCAL arrLines is array of strings) : boolean
sRef, sLine are strings
nType, nQty are int
gsLastError = ""
HTransactionStart()
FOR EACH sLine OF arrLines
	sRef = ExtractString(sLine, 1, ";")
	nType = Val(ExtractString(sLine, 2, ";"))
	nQty = Val(ExtractString(sLine, 3, ";"))
	IF NOT HReadSeekFirst(Product, Reference, sRef) THEN
		ErrorThrow(1, "unknown product " + sRef)
	END
	SWITCH nType
		CASE MVT_IN
			Product.Stock += nQty
		CASE MVT_OUT
			IF Product.Stock < nQty THEN
				gsLastError = "not enough stock for " + sRef + " (" + Product.Stock + " < " + nQty + ")"
				HTransactionCancel()
				RESULT False
			END
			Product.Stock -= nQty
	END
	HModify(Product)
END
HTransactionEnd()
RESULT True
CASE ERROR:
	gsLastError = ErrorInfo(errMessage)
	IF HTransactionInProgress() THEN HTransactionCancel()
	RESULT False

PROCEDURE ShowStocks()
FOR EACH Product ON Reference
	Trace(Product.Reference + ": " + Product.Stock)
END
