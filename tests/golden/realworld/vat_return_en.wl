// VAT return: sales summed per rate in associative arrays of currencies, the VAT rounded
// line by line (Round to 2 decimals) and on each rate's total: the one-cent gap the
// accountant must explain.
STSaleLine is Structure
	sLabel is string
	mAmountExclTax is currency
	rVATRate is real
END

arrLines is array of STSaleLine
AddLine("Bread", 1.15, 5.5)
AddLine("Coffee", 3.33, 5.5)
AddLine("Wine", 7.77, 20)
AddLine("Pen", 0.99, 20)
AddLine("Book", 12.45, 5.5)
AddLine("Medicine", 4.17, 2.1)
AddLine("Cable", 9.99, 20)

// totals per rate, keyed by the rate written with one decimal
aaBasePerRate is associative array of currency
aaVATPerLine is associative array of currency
FOR EACH stLine OF arrLines
	sKey is string = NumToString(stLine.rVATRate, ".1f")
	aaBasePerRate[sKey] += stLine.mAmountExclTax
	aaVATPerLine[sKey] += Round(stLine.mAmountExclTax * stLine.rVATRate / 100, 2)
END

mTotalVATLines, mTotalVATTotals are currency
FOR EACH mBase, sRate OF aaBasePerRate
	mVATOnTotal is currency = Round(mBase * Val(sRate) / 100, 2)
	mTotalVATLines += aaVATPerLine[sRate]
	mTotalVATTotals += mVATOnTotal
	Trace(sRate + "%", mBase, aaVATPerLine[sRate], mVATOnTotal)
END
// expect: 5.5%, 16.93, 0.92, 0.93
// expect: 20.0%, 18.75, 3.75, 3.75
// expect: 2.1%, 4.17, 0.09, 0.09
Trace("Rounding gap", mTotalVATLines - mTotalVATTotals) // expect: Rounding gap, -0.01
IF mTotalVATLines <> mTotalVATTotals THEN
	Trace("Rounding per line and per total differ") // expect: Rounding per line and per total differ
END

PROCEDURE AddLine(sLab, mExcl is currency, rRate)
	stL is STSaleLine
	stL.sLabel = sLab
	stL.mAmountExclTax = mExcl
	stL.rVATRate = rRate
	ArrayAdd(arrLines, stL)
