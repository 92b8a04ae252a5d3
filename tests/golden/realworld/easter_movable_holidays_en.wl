// Movable feasts: Easter Sunday (EasterDate) and the public holidays that hang from it
// (Easter Monday, Ascension, Whit Sunday, Whit Monday) over several years
FOR nYear = 2024 TO 2027
	dEaster is Date = EasterDate(nYear)
	dMonday is Date = dEaster + 1
	dAscension is Date = dEaster + 39
	dWhitSunday is Date = dEaster + 49
	dWhitMonday is Date = dEaster + 50
	Trace(nYear, DateToString(dEaster, "DDDD DD MMMM"), DateToString(dMonday, "DD/MM"), DateToString(dAscension, "DDDD DD/MM"), dWhitSunday..Day + "/" + dWhitSunday..Month, DateToString(dWhitMonday, "DD/MM/YYYY"))
END
arrH is array of Dates
MovableHolidays(2025, arrH)
Trace(arrH.Count, ArrayToString(arrH, ";"))
Trace(IsHoliday("20250609"), IsHoliday("20250610"), IsHoliday("20250529"))
d is Date = "20250420"
Trace(DateToDay(d), DateToDayInAlpha(d), d..DayOfWeek)
// expect: 2024, Sunday 31 March, 01/04, Thursday 09/05, 19/5, 20/05/2024
// expect: 2025, Sunday 20 April, 21/04, Thursday 29/05, 8/6, 09/06/2025
// expect: 2026, Sunday 05 April, 06/04, Thursday 14/05, 24/5, 25/05/2026
// expect: 2027, Sunday 28 March, 29/03, Thursday 06/05, 16/5, 17/05/2027
// expect: 3, 20250421;20250529;20250609
// expect: 1, 0, 1
// expect: 7, Sunday, 7

PROCEDURE MovableHolidays(nYear is int, arrResult is array of Dates)
dE is Date = EasterDate(nYear)
ArrayDeleteAll(arrResult)
FOR EACH nShift OF [1, 39, 50]
	ArrayAdd(arrResult, dE + nShift)
END

PROCEDURE IsHoliday(d is Date) : boolean
arr is array of Dates
MovableHolidays(d..Year, arr)
RESULT ArraySeek(arr, asLinear, d) > 0
