// Working days between two dates: no Saturdays, Sundays nor French public holidays
// (Easter computed by hand, the Meeus/Butcher algorithm, checked against EasterDate).
dFrom is Date = "20250401"
dTo is Date = "20250531"
Trace("Easter 2025: " + DateToString(EasterOf(2025), "DD/MM/YYYY"))
Trace("Easter 2024: " + DateToString(EasterOf(2024), "DD/MM/YYYY"))
FOR nYear = 2020 TO 2030
	IF EasterOf(nYear) <> EasterDate(nYear) THEN Trace("Easter differs in " + nYear)
END
Trace("Working days April-May 2025: " + WorkingDays(dFrom, dTo))
Trace("Working days December 2025: " + WorkingDays("20251201", "20251231"))
Trace("Working days over New Year: " + WorkingDays("20251222", "20260109"))
arrHolidays is array of Dates = PublicHolidays(2025)
Trace("Holidays in 2025: " + arrHolidays.Count)
FOR EACH dH OF arrHolidays
	IF DateToDay(dH) >= 6 THEN
		Trace(DateToString(dH, "DDDD DD MMMM"), "falls on a weekend")
	END
END
// expect: Easter 2025: 20/04/2025
// expect: Easter 2024: 31/03/2024
// expect: Working days April-May 2025: 40
// expect: Working days December 2025: 22
// expect: Working days over New Year: 13
// expect: Holidays in 2025: 11
// expect: Saturday 01 November, falls on a weekend

PROCEDURE EasterOf(LOCAL nYear is int) : Date
a is int = nYear modulo 19
b is int = IntegerPart(nYear / 100)
c is int = nYear modulo 100
d is int = IntegerPart(b / 4)
e is int = b modulo 4
f is int = IntegerPart((b + 8) / 25)
g is int = IntegerPart((b - f + 1) / 3)
h is int = (19 * a + b - d - g + 15) modulo 30
i is int = IntegerPart(c / 4)
k is int = c modulo 4
l is int = (32 + 2 * e + 2 * i - h - k) modulo 7
m is int = IntegerPart((a + 11 * h + 22 * l) / 451)
nMonth is int = IntegerPart((h + l - 7 * m + 114) / 31)
nDay is int = ((h + l - 7 * m + 114) modulo 31) + 1
dResult is Date
dResult..Year = nYear
dResult..Month = nMonth
dResult..Day = nDay
RESULT dResult

PROCEDURE PublicHolidays(nYear is int)
arrDays is array of Dates
sYear is string = NumToString(nYear, "04d")
FOR EACH STRING sMD OF "0101,0501,0508,0714,0815,1101,1111,1225" SEPARATED BY ","
	ArrayAdd(arrDays, sYear + sMD)
END
dEaster is Date = EasterOf(nYear)
ArrayAdd(arrDays, dEaster + 1)   // Easter Monday
ArrayAdd(arrDays, dEaster + 39)  // Ascension Day
ArrayAdd(arrDays, dEaster + 50)  // Whit Monday
ArraySort(arrDays)
RESULT arrDays

PROCEDURE WorkingDays(dStart is Date, dEnd is Date) : int
nCount is int
arrOff is array of Dates = PublicHolidays(dStart..Year)
IF dEnd..Year <> dStart..Year THEN
	FOR EACH dOther OF PublicHolidays(dEnd..Year)
		ArrayAdd(arrOff, dOther)
	END
END
dDay is Date = dStart
WHILE dDay <= dEnd
	IF DateToDay(dDay) <= 5 AND ArraySeek(arrOff, asLinear, dDay) = -1 THEN
		nCount++
	END
	dDay++
END
RESULT nCount
