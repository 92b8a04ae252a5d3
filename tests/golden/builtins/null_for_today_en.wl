// Null given to a date function whose parameter is today when left out (Yesterday,
// Tomorrow, Age's second date, FirstDayOfWeek, LastDayOfMonth, FirstDayOfYear...) stops
// with a clear message; it was taken for today silently (decided: docs/semantics.md
// "Null given for today's date"). Left out, the parameter is still today.
Trace(Yesterday() < Today(), Tomorrow("20241231"), LastDayOfMonth(2024, 2)) // expect: 1, 20250101, 20240229
vNoDate is Variant = Null
WHEN EXCEPTION IN
	Trace(Age("19600512", vNoDate))
DO
	Trace(ExceptionInfo(errMessage)) // expect: Age was given Null, which is no date: leave the parameter out for today's date, or give a date.
END
WHEN EXCEPTION IN
	Trace(FirstDayOfWeek(Null))
DO
	Trace(ExceptionInfo(errMessage)) // expect: FirstDayOfWeek was given Null, which is no date: leave the parameter out for today's date, or give a date.
END
WHEN EXCEPTION IN
	Trace(EasterDate(Null))
DO
	Trace(ExceptionInfo(errMessage)) // expect: EasterDate was given Null, which is no date: leave the parameter out for today's date, or give a date.
END
Trace(Yesterday(vNoDate)) // expect error: Yesterday was given Null, which is no date: leave the parameter out for today's date, or give a date.
