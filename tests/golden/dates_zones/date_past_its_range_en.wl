// A Date moved past 31/12/9999 (or before 01/01/0001) by a number of days: the run
// stops naming the range a Date holds (it said "Numeric overflow or invalid numeric
// operation.", which did not say it was the calendar's end); the error can be caught
dLast is Date = "99991231"
dFirst is Date = "00010101"
Trace(dLast - 1) // expect: 99991230
WHEN EXCEPTION IN
	dFirst = dFirst - 1
DO
	Trace(ExceptionInfo(errMessage)) // expect: Date out of range: 01/01/0001 - 1 day(s) falls outside the dates a Date can hold, 01/01/0001 to 31/12/9999.
END
dLast = dLast + 1 // expect error: Date out of range: 31/12/9999 + 1 day(s) falls outside the dates a Date can hold, 01/01/0001 to 31/12/9999.
