// Seniority as a payroll program computes it: Age gives the years, months and days from the
// hiring date to a reference date ("YYYYMMDD": 4 digits of years, 2 of months, 2 of days),
// read back into numbers for the pay slip's line and for a seniority bonus (3% after 3
// years, 1% more every 3 years, at most 15%). DateDifference gives the days in between.
Trace(Seniority("20180915", "20261206")) // expect: 8 years, 2 months, 21 days
Trace(Seniority("20200229", "20261206")) // expect: 6 years, 9 months, 7 days
Trace(Seniority("20251206", "20261206")) // expect: 1 year, 0 months, 0 days
Trace(Seniority("20261130", "20261206")) // expect: 0 years, 0 months, 6 days
Trace(Age("20180915", "20261206")) // expect: 00080221
Trace(DateDifference("20180915", "20261206")) // expect: 3004
arrHired is array of Dates = ["20241201", "20231206", "20231207", "20180915", "19950301"]
FOR EACH dHired OF arrHired
	Trace(DateToString(dHired), BonusPercent(dHired, "20261206"))
END
// expect: 01/12/2024, 0
// expect: 06/12/2023, 3
// expect: 07/12/2023, 0
// expect: 15/09/2018, 4
// expect: 01/03/1995, 12

PROCEDURE Seniority(dHired is Date, dRef is Date) : string
sAge is string = Age(dHired, dRef)
nYears is int = Left(sAge, 4)
nMonths is int = Middle(sAge, 5, 2)
nDays is int = Right(sAge, 2)
RESULT StringBuild("%1 %2, %3 months, %4 days", nYears, nYears = 1 ? "year" ELSE "years", nMonths, nDays)

PROCEDURE BonusPercent(dHired is Date, dRef is Date) : int
nYears is int = Left(Age(dHired, dRef), 4)
IF nYears < 3 THEN RESULT 0
RESULT Min(15, 3 + IntegerPart((nYears - 3) / 3))
