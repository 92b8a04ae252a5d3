// A Variant holding a numeric meets Dates, Times and Durations as a number does: a
// number divided by a Duration and a Date times a number are refused with a number's
// words (the Variant's numeric gave 0 for vRate / du, "Modulo by zero" for du % vRate,
// and was "a value" in the words); a currency or a numeric divided by a Time counts in
// its 6 decimals (it showed 44 digits: 0.00000033068783068783068783068783068783068783).
nRate is numeric = 0.5
vRate is Variant = nRate
du is Duration = 90 min
dDay is Date = "20250315"
curFee is currency = 1.25
tStart is Time = "1030"
WHEN EXCEPTION IN
	Trace(vRate / du)
DO
	Trace(ExceptionInfo(errMessage)) // expect: A number cannot be divided by a Duration (a Duration can be divided by a number, not a number by a Duration).
END
WHEN EXCEPTION IN
	Trace(du % vRate)
DO
	Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be divided (%) by a number (take the remainder of a Duration by another Duration, or of its ..InSeconds by a number).
END
WHEN EXCEPTION IN
	Trace(dDay * vRate)
DO
	Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration).
END
Trace(du * vRate, curFee / tStart, curFee * tStart) // expect: 45 min, 0, 4725000
