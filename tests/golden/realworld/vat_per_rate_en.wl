// Invoice lines at 5.5 / 10 / 20 % VAT: totals per rate
STLine is Structure
	sLabel is string
	nQty is int
	curUnitPrice is currency
	rVatRate is real
END
arrLines is array of STLine
AddLine(arrLines, "Flour 1 kg", 12, 1.15, 5.5)
AddLine(arrLines, "Meal on site", 3, 14.50, 10)
AddLine(arrLines, "Apron", 2, 19.99, 20)
AddLine(arrLines, "Sugar 1 kg", 5, 1.09, 5.5)
AddLine(arrLines, "Delivery", 1, 8.33, 20)
aaPerRate is associative array of currencies
curTotalExcl is currency
FOR EACH stLine OF arrLines
	curExcl is currency = stLine.nQty * stLine.curUnitPrice
	aaPerRate[stLine.rVatRate] += curExcl
	curTotalExcl += curExcl
END
curTotalVat is currency
FOR EACH curBase, rRate OF aaPerRate
	curVat is currency = Round(curBase * rRate / 100, 2)
	curTotalVat += curVat
	Trace(NumToString(rRate, ".1f") + " %", curBase, curVat)
END
Trace("Total excl.: " + curTotalExcl, "VAT: " + curTotalVat, "Incl.: " + (curTotalExcl + curTotalVat))
Trace(aaPerRate[5.5], aaPerRate["20"], aaPerRate..Occurrence)
// expect: 5.5 %, 19.25, 1.06
// expect: 10 %, 43.5, 4.35
// expect: 20 %, 48.31, 9.66
// expect: Total excl.: 111.06, VAT: 15.07, Incl.: 126.13
// expect: 19.25, 48.31, 3

PROCEDURE AddLine(arr is array of STLine, sLab, nQ, curU, rRate)
	stL is STLine
	stL.sLabel = sLab
	stL.nQty = nQ
	stL.curUnitPrice = curU
	stL.rVatRate = rRate
	ArrayAdd(arr, stL)
