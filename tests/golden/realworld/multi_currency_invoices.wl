// Multi-currency invoices: rates in an associative array of numerics, invoices from an
// array literal of structures, amounts converted and rounded to the cent, an unknown
// currency skipped, exact decimal sums (0.1 + 0.2 = 0.3), currency division, Round with
// negative decimals and halves away from zero.
aaRates is associative array of numeric (10,6)
aaRates["EUR"] = 1
aaRates["USD"] = 1.0842
aaRates["GBP"] = 0.85615
aaRates["JPY"] = 163.27

STInvoice is Structure
	sNumber is string
	sCurrency is string
	mAmount is currency
END
arrInv is array of STInvoice = [["F-101", "USD", 1250.00], ["F-102", "GBP", 980.40], ["F-103", "JPY", 250000], ["F-104", "EUR", 0.1 + 0.2], ["F-105", "CHF", 100]]

nTotalEUR is numeric (12,2)
aaPerCurrency is associative array (ccIgnoreCase) of currency
FOR EACH inv OF arrInv
	IF NOT aaRates[inv.sCurrency]..Exist THEN
		Trace(inv.sNumber + ": no rate for " + inv.sCurrency)
		CONTINUE
	END
	nEUR is numeric (12,2) = Round(inv.mAmount / aaRates[inv.sCurrency], 2)
	nTotalEUR += nEUR
	aaPerCurrency[inv.sCurrency] += inv.mAmount
	Trace(StringBuild("%1 %2 %3 = %4 EUR", inv.sNumber, NumToString(inv.mAmount, "12.2f"), inv.sCurrency, NumToString(nEUR, "10.2f")))
END
// expect: F-101      1250.00 USD =    1152.92 EUR
// expect: F-102       980.40 GBP =    1145.13 EUR
// expect: F-103    250000.00 JPY =    1531.21 EUR
// expect: F-104         0.30 EUR =       0.30 EUR
// expect: F-105: no rate for CHF
Trace("total: " + NumToString(nTotalEUR, ".2f") + " EUR") // expect: total: 3829.56 EUR
Trace(0.1 + 0.2 = 0.3) // expect: 1
n1 is numeric = 0.1
Trace(n1 + 0.2 = 0.3) // expect: 1
mThird is currency = 100 / 3
Trace(mThird, mThird * 3) // expect: 33.333333, 99.999999
Trace(Round(1234.5678, -2), Round(2.5, 0), Round(-2.5, 0), Truncate(-2.7)) // expect: 1200, 3, -3, -2
