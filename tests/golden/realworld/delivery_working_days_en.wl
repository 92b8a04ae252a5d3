// Working days between two dates as a planning or payroll program counts them: Monday to
// Friday, the French public holidays taken out (the fixed ones by "MMDD", Easter Monday,
// Ascension Thursday and Whit Monday by their constants), both ends included; then a
// delivery date N working days after an order.
PublicHolidayDeleteAll()
FOR EACH sDay OF ["0101", "0501", "0508", "0714", "0815", "1101", "1111", "1225"]
	PublicHolidayAdd(sDay)
END
PublicHolidayAdd(phEasterMonday)
PublicHolidayAdd(phAscensionThursday)
PublicHolidayAdd(phWhitMonday)
Trace(WorkingDays("20261201", "20261231")) // expect: 22
Trace(WorkingDays("20260501", "20260531")) // expect: 17
Trace(WorkingDays("20260101", "20261231")) // expect: 252
Trace(DateToString(AfterWorkingDays("20261223", 3))) // expect: 29/12/2026
Trace(DateToString(AfterWorkingDays("20260430", 1))) // expect: 04/05/2026

PROCEDURE WorkingDays(dFrom is Date, dTo is Date) : int
nCount is int
dDay is Date = dFrom
WHILE dDay <= dTo
	IF IsWorkingDay(dDay) THEN nCount++
	dDay++
END
RESULT nCount

PROCEDURE AfterWorkingDays(dStart is Date, nDays is int) : Date
dDay is Date = dStart
LOOP (nDays)
	dDay++
	WHILE NOT IsWorkingDay(dDay)
		dDay++
	END
END
RESULT dDay

PROCEDURE IsWorkingDay(dDay is Date) : boolean
RESULT DateToWeekDay(dDay) <= 5 AND NOT PublicHoliday(dDay)
