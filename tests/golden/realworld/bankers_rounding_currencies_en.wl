// Currency conversion with 4-decimal rates, commercial rounding (Round: halves away
// from zero, VERIFIED ?3050063) against banker's rounding (halves to even) written by
// hand on numerics, as a WINDEV developer writes it (V, 6 Dec 2026).
CONSTANT
	RATE_USD = 1.0842
	RATE_GBP = 0.8571
END
aaRates is associative array (ccIgnoreCase) of numerics
aaRates["usd"] = RATE_USD
aaRates["GBP"] = RATE_GBP
aaRates["Jpy"] = 162.3525

Trace(Convert(100, "USD"), Convert(100, "gbp"), Convert(99.99, "JPY", 0)) // expect: 108.42, 85.71, 16234
FOR EACH mAmount OF [0.125, 0.135, 2.675, 1.005, 0.5]
	Trace(mAmount, Round(mAmount, 2), BankersRound(mAmount, 2), BankersRound(mAmount, 0))
END
// expect: 0.125, 0.13, 0.12, 0
// expect: 0.135, 0.14, 0.14, 0
// expect: 2.675, 2.68, 2.68, 3
// expect: 1.005, 1.01, 1, 1
// expect: 0.5, 0.5, 0.5, 0
mTotal is currency
FOR i = 1 TO 3
	mTotal += Convert(33.33, "usd")
END
Trace(mTotal, NumToString(mTotal, "+.4f")) // expect: 108.42, +108.4200
WHEN EXCEPTION IN
	Convert(10, "XYZ")
DO
	Trace(ExceptionInfo(errMessage)) // expect: Unknown currency: XYZ
END

PROCEDURE Convert(mAmountEUR is currency, sCurrency is string, nDecimals is int = 2) : currency
IF NOT aaRates[sCurrency]..Exist THEN
	ExceptionThrow(1, "Unknown currency: " + sCurrency)
END
RETURN Round(mAmountEUR * aaRates[sCurrency], nDecimals)

PROCEDURE BankersRound(LOCAL nVal is numeric, LOCAL nDec is int = 2) : numeric
nFactor is numeric = Power(10, nDec)
nWhole is numeric = IntegerPart(nVal * nFactor)
IF nVal * nFactor - nWhole = 0.5 THEN
	IF IsEven(nWhole) THEN RETURN nWhole / nFactor
	RETURN (nWhole + 1) / nFactor
END
RETURN Round(nVal, nDec)
