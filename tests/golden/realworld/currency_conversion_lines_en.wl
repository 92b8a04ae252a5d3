// Invoice lines converted to euros through a table of rates, rounded line by line
// (an amount typed "1234,50" is read with its decimal comma)
garrRates is associative array of reals
garrRates["USD"] = 1.0823
garrRates["GBP"] = 0.8561
garrRates["CHF"] = 0.9438
garrRates["JPY"] = 162.35
garrRates["EUR"] = 1

STLine is Structure
	sLabel is string
	sCurrency is string on 3
	mAmount is currency
END
arrLines is array of STLine
AddLine(arrLines, "Software licence", "USD", 1499.99)
AddLine(arrLines, "London training", "gbp", 850)
AddLine(arrLines, "Hosting", "CHF", "1234,50")
AddLine(arrLines, "Components", "JPY", 125000)
AddLine(arrLines, "Fees", "EUR", 12.5)
AddLine(arrLines, "Unknown", "XYZ", 10)

mTotalEUR is currency
FOR EACH stL OF arrLines
	mEUR is currency = ToEuro(stL.mAmount, stL.sCurrency)
	IF mEUR = -1 THEN
		Trace("Unknown currency: " + stL.sCurrency + " (" + stL.sLabel + ")")
		CONTINUE
	END
	mTotalEUR += mEUR
	Trace(Complete(stL.sLabel, 20) + NumToString(stL.mAmount, "12.2f") + " " + stL.sCurrency + " = " + NumToString(mEUR, "10.2f") + " EUR")
END
Trace("Total: " + NumToString(mTotalEUR, "12,2fS") + " €")
Trace(garrRates.Count, garrRates["usd"]..Exist, garrRates["USD"]..Exist)
// expect: Software licence         1499.99 USD =    1385.93 EUR
// expect: London training           850.00 GBP =     992.87 EUR
// expect: Hosting                  1234.50 CHF =    1308.01 EUR
// expect: Components             125000.00 JPY =     769.94 EUR
// expect: Fees                       12.50 EUR =      12.50 EUR
// expect: Unknown currency: XYZ (Unknown)
// expect: Total:     4 469,25 €
// expect: 5, 0, 1

PROCEDURE AddLine(arr is array of STLine, sLabel, sCur, mAmount is currency)
st is STLine
st.sLabel = sLabel
st.sCurrency = Upper(sCur)
st.mAmount = mAmount
ArrayAdd(arr, st)

PROCEDURE ToEuro(mAmount is currency, sCurrency is string) : currency
IF NOT garrRates[sCurrency]..Exist THEN RESULT -1
RESULT Round(mAmount / garrRates[sCurrency], 2)
