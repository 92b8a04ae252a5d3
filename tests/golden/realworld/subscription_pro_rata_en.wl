// A yearly subscription billed pro rata temporis: each calendar year by its own number
// of days (366 in leap years), the total rounded to the cent
CONSTANT
	YEARLY_PRICE = 1200
END
Trace(DaysInYear(2024), DaysInYear(2025), DaysInYear(1900), DaysInYear(2000))
Trace(ProRata("20250101", "20251231"))
Trace(ProRata("20240101", "20241231"))
Trace(ProRata("20250315", "20251231"))
Trace(ProRata("20240301", "20250228"))
Trace(ProRata("20231201", "20240229", 365))
Trace(ProRata("20240229", "20240229"))
mMonthly is currency = 49.90
nDaysInMonth is int = LastDayOfMonth("20240215")..Day
Trace(nDaysInMonth, Round(mMonthly * 12 / nDaysInMonth, 2))
Trace(DateDifference("20240201", "20240301"), DateDifference("20250201", "20250301"))
// expect: 366, 365, 365, 366
// expect: 1200
// expect: 1200
// expect: 960
// expect: 1197.25
// expect: 90.84
// expect: 3.28
// expect: 29, 20.65
// expect: 29, 28

PROCEDURE DaysInYear(nYear)
IF LeapYear(nYear) THEN RESULT 366 ELSE RESULT 365

PROCEDURE ProRata(LOCAL dStart is Date, LOCAL dEnd is Date, mYearly is currency = YEARLY_PRICE) : currency
mResult is currency = 0
dCurrent is Date = dStart
WHILE dCurrent <= dEnd
	nYear is int = dCurrent..Year
	dYearEnd is Date = nYear + "1231"
	dBound is Date = Min(dEnd, dYearEnd)
	nDays is int = DateDifference(dCurrent, dBound) + 1
	mResult += mYearly * nDays / DaysInYear(nYear)
	dCurrent = dBound + 1
END
RESULT Round(mResult, 2)
