// An invoice as business code writes it: quantities (numeric, 3 decimals), unit prices
// (currency), a line discount in percent, VAT at two rates rounded to the cent per rate on
// the rate's base (as French invoices total it), the amount due, and the same VAT rounded
// line by line to show the cent it differs by.
STRUCTURE STInvoiceLine
	sLabel is string
	nQuantity is numeric (10,3)
	mUnitPrice is currency
	nDiscountPct is numeric (5,2)
	nVATRate is numeric (5,2)
END
arrLines is array of STInvoiceLine
AddLine(arrLines, "Oak table", 1, 1249.99, 10, 20)
AddLine(arrLines, "Chair", 6, 89.90, 0, 20)
AddLine(arrLines, "Delivery", 1, 45.03, 0, 20)
AddLine(arrLines, "Apples (kg)", 2.375, 3.49, 0, 5.5)
AddLine(arrLines, "Book", 3, 17.95, 5, 5.5)

aaBase is associative array of currency
mTotalExclTax is currency
FOR EACH stLine OF arrLines
	mLine is currency = LineAmount(stLine)
	Trace(stLine.sLabel, mLine)
	aaBase[stLine.nVATRate] += mLine
	mTotalExclTax += mLine
END
// expect: Oak table, 1124.99
// expect: Chair, 539.4
// expect: Delivery, 45.03
// expect: Apples (kg), 8.29
// expect: Book, 51.16
Trace("Total excl. tax", mTotalExclTax) // expect: Total excl. tax, 1768.87
mTotalVAT is currency
FOR EACH mBase, sRate OF aaBase // the keys are texts: read back as a numeric
	nRate is numeric (5,2) = sRate
	mVAT is currency = Round(mBase * nRate / 100, 2)
	Trace(NumToString(nRate, ".2f") + "%", mBase, mVAT)
	mTotalVAT += mVAT
END
// expect: 20.00%, 1709.42, 341.88
// expect: 5.50%, 59.45, 3.27
Trace("VAT", mTotalVAT, "Due", mTotalExclTax + mTotalVAT) // expect: VAT, 345.15, Due, 2114.02
// VAT rounded on each line instead: a cent apart
mLineByLine is currency
FOR EACH stLine OF arrLines
	mLineByLine += Round(LineAmount(stLine) * stLine.nVATRate / 100, 2)
END
Trace(mLineByLine, mLineByLine - mTotalVAT) // expect: 345.16, 0.01
// the amount due with two decimals, right-aligned on 12 characters
Trace(NumToString(mTotalExclTax + mTotalVAT, "12.2f")) // expect:      2114.02

PROCEDURE AddLine(arr is array of STInvoiceLine, sLabel, nQty is numeric, mPrice is currency, nDiscount is numeric, nRate is numeric)
st is STInvoiceLine
st.sLabel = sLabel
st.nQuantity = nQty
st.mUnitPrice = mPrice
st.nDiscountPct = nDiscount
st.nVATRate = nRate
ArrayAdd(arr, st)

PROCEDURE LineAmount(st is STInvoiceLine) : currency
mGross is currency = st.nQuantity * st.mUnitPrice
RESULT Round(mGross * (100 - st.nDiscountPct) / 100, 2)
