// An age in years, months and days
Trace(DetailedAge("19800315", "20250602"))
Trace(DetailedAge("20000229", "20250228"))
Trace(DetailedAge("20000229", "20250301"))
Trace(DetailedAge("20240131", "20240229"))
Trace(DetailedAge("20241215", "20250114"))
Trace(DetailedAge("20250602", "20250602"))
Trace(Age("19800315", "20250602"), Age("20000229", "20250228"))
dBirth is Date = "19900710"
dOn is Date = "20250709"
Trace(dOn - dBirth, (dOn - dBirth)..InDays)
// expect: 45 year(s) 2 month(s) 18 day(s)
// expect: 24 year(s) 11 month(s) 30 day(s)
// expect: 25 year(s) 0 month(s) 0 day(s)
// expect: 0 year(s) 0 month(s) 29 day(s)
// expect: 0 year(s) 0 month(s) 30 day(s)
// expect: 0 year(s) 0 month(s) 0 day(s)
// expect: 00450218, 00241130
// expect: 12783, 12783

PROCEDURE DetailedAge(dBirth is Date, dReference is Date) : string
	nYears is int = dReference..Year - dBirth..Year
	nMonths is int = dReference..Month - dBirth..Month
	nDays is int = dReference..Day - dBirth..Day
	IF nDays < 0 THEN
		nMonths--
		// the days of the month before the reference date
		dPrevMonth is Date = dReference - dReference..Day
		nDays += dPrevMonth..Day
	END
	IF nMonths < 0 THEN
		nYears--
		nMonths += 12
	END
	RESULT StringBuild("%1 year(s) %2 month(s) %3 day(s)", nYears, nMonths, nDays)
