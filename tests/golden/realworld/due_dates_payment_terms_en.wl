// Payment due dates under French terms:
// "cash", "30 days net", "30 days end of month", "45 days end of month",
// "end of month the 10th"; a due date on a Saturday or a Sunday moves to the Monday.
arrTerms is array of strings = ["cash", "30 days net", "30 days end of month", "45 days end of month", "end of month the 10", "60 days end of month the 15"]
arrInvoices is array of Dates = ["20250115", "20250131", "20250228", "20241215"]
FOR EACH dInvoice OF arrInvoices
	sLine is string = DateToString(dInvoice, "DD/MM/YYYY") + " :"
	FOR EACH sTerm OF arrTerms
		sLine += " " + DateToString(DueDate(dInvoice, sTerm), "DD/MM")
	END
	Trace(sLine)
END
Trace(DateToString(DueDate("20250115", "30 days net", True), "DDDD DD/MM/YYYY"))
Trace(DateToString(DueDate("20250102", "30 days net", True), "DDDD DD/MM/YYYY"))
// expect: 15/01/2025 : 15/01 14/02 28/02 31/03 10/02 15/04
// expect: 31/01/2025 : 31/01 02/03 31/03 31/03 10/02 15/05
// expect: 28/02/2025 : 28/02 30/03 31/03 30/04 10/03 15/05
// expect: 15/12/2024 : 15/12 14/01 31/01 31/01 10/01 15/03
// expect: Friday 14/02/2025
// expect: Monday 03/02/2025

PROCEDURE DueDate(dInvoice is Date, LOCAL sTerm is string, bWorkingDay is boolean = False) : Date
dResult is Date = dInvoice
sTerm = Lower(NoSpace(sTerm))
nDays is int = Val(sTerm)
IF nDays > 0 THEN dResult += nDays
IF Position(sTerm, "end of month") > 0 THEN
	dResult = LastDayOfMonth(dResult)
	nPos is int = Position(sTerm, " the ")
	IF nPos > 0 THEN
		dResult++ // the 1st of the next month
		dResult..Day = Val(Middle(sTerm, nPos + 5))
	END
END
IF bWorkingDay THEN
	SWITCH DateToDay(dResult)
		CASE 6 : dResult += 2
		CASE 7 : dResult += 1
	END
END
RESULT dResult
