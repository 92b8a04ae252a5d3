// Age and seniority of an employee, with month-end dates (31 January + 1 month...).
dBirth is Date = "19850131"
dHired is Date = "20120229"
dAsOf is Date = "20250228"

Trace("Age: " + AgeInYears(dBirth, dAsOf) + " years")
Trace("Age (Age function): " + Age(dBirth, dAsOf))
nYears, nMonths, nDays are int
Seniority(dHired, dAsOf, nYears, nMonths, nDays)
Trace(StringBuild("Seniority: %1 year(s) %2 month(s) %3 day(s)", nYears, nMonths, nDays))

// monthly due dates from a 31 January
dDue is Date = "20250131"
FOR i = 1 TO 4
	dNext is Date = dDue
	dNext..Month += i
	Trace(DateToString(dNext, "DD/MM/YYYY"))
END
// end of month
dEnd is Date = LastDayOfMonth("20240215")
Trace(DateToString(dEnd, "DD/MM/YYYY"), LastDayOfMonth(2023, 2))
// 29 February + 1 year
dLeap is Date = "20240229"
dLeap..Year++
Trace(dLeap)
// hiring anniversary
dAnniversary is Date = dHired
dAnniversary..Year = dAsOf..Year
Trace("Hiring anniversary " + dAsOf..Year + ": " + DateToString(dAnniversary, "DD/MM/YYYY"))
Trace("Days until retirement: " + DateDifference(dAsOf, "20520131"))
// expect: Age: 40 years
// expect: Age (Age function): 00400028
// expect: Seniority: 12 year(s) 11 month(s) 30 day(s)
// expect: 28/02/2025
// expect: 31/03/2025
// expect: 30/04/2025
// expect: 31/05/2025
// expect: 29/02/2024, 20230228
// expect: 20250228
// expect: Hiring anniversary 2025: 28/02/2025
// expect: Days until retirement: 9833

PROCEDURE AgeInYears(LOCAL dBorn is Date, LOCAL dOn is Date = Today()) : int
nAge is int = dOn..Year - dBorn..Year
IF dOn..Month < dBorn..Month OR (dOn..Month = dBorn..Month AND dOn..Day < dBorn..Day) THEN
	nAge--
END
RESULT nAge

PROCEDURE Seniority(dStart is Date, dStop is Date, nY is int, nM is int, nD is int)
nY = dStop..Year - dStart..Year
nM = dStop..Month - dStart..Month
nD = dStop..Day - dStart..Day
IF nD < 0 THEN
	nM--
	dTmp is Date = dStop
	dTmp..Day = 1
	dTmp--
	nD += dTmp..Day
END
IF nM < 0 THEN
	nY--
	nM += 12
END
