// A fiscal year from 1 July to 30 June: a date's fiscal year by ..Month and ..Year
// (d.Year too), its bounds built part by part (..Day-- the day before 1 July), two
// values returned, the label "2024/25", the period number in the year by modulo, the
// fiscal quarter.
CONSTANT
	FISCAL_YEAR_START_MONTH = 7
END
arrDates is array of Dates = ["20250630", "20250701", "20251231", "20260101", "20240229"]
FOR EACH dOperation OF arrDates
	nYear is int = FiscalYearOf(dOperation)
	dOpening, dClosing are Dates
	(dOpening, dClosing) = FiscalYearBounds(nYear)
	Trace(DateToString(dOperation, "DD/MM/YYYY"), nYear, FiscalYearLabel(nYear), DateToString(dOpening), DateToString(dClosing), PeriodOf(dOperation))
END
// expect: 30/06/2025, 2025, 2024/25, 01/07/2024, 30/06/2025, 12
// expect: 01/07/2025, 2026, 2025/26, 01/07/2025, 30/06/2026, 1
// expect: 31/12/2025, 2026, 2025/26, 01/07/2025, 30/06/2026, 6
// expect: 01/01/2026, 2026, 2025/26, 01/07/2025, 30/06/2026, 7
// expect: 29/02/2024, 2024, 2023/24, 01/07/2023, 30/06/2024, 8
d is Date = "20251115"
Trace("Q" + (IntegerPart((PeriodOf(d) - 1) / 3) + 1)) // expect: Q2
// without parentheses, "Q" + 1 + 1 joins: "Q11"
Trace("Q" + IntegerPart((PeriodOf(d) - 1) / 3) + 1) // expect: Q11

PROCEDURE FiscalYearOf(dDate is Date) : int
IF dDate..Month >= FISCAL_YEAR_START_MONTH THEN
	RESULT dDate..Year + 1
ELSE
	RESULT dDate.Year
END

PROCEDURE FiscalYearBounds(nFiscalYear is int)
dStart is Date
dStart..Year = nFiscalYear - 1
dStart..Month = FISCAL_YEAR_START_MONTH
dStart..Day = 1
dEnd is Date = dStart
dEnd..Year++
dEnd..Day--
RESULT (dStart, dEnd)

PROCEDURE FiscalYearLabel(n)
RESULT StringBuild("%1/%2", n - 1, Right(n, 2))

// the period number (1 to 12) in the fiscal year
PROCEDURE PeriodOf(d is Date)
RESULT (d..Month - FISCAL_YEAR_START_MONTH + 12) modulo 12 + 1
