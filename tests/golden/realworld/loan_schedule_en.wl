// Loan amortisation schedule: a fixed monthly payment in currency,
// the last instalment absorbing the rounding.
STRUCTURE STInstalment
	nNumber is int
	dDue is Date
	curPayment is currency
	curInterest is currency
	curPrincipal is currency
	curBalance is currency
END

curTotalInterest is currency
arrSchedule is array of STInstalment = BuildSchedule(10000, 3.5, 12, "20250131")
FOR EACH stI OF arrSchedule
	Trace(stI.nNumber, DateToString(stI.dDue, "DD/MM/YYYY"), NumToString(stI.curPayment, "8.2f"), NumToString(stI.curInterest, "6.2f"), NumToString(stI.curPrincipal, "8.2f"), NumToString(stI.curBalance, "9.2f"))
	curTotalInterest += stI.curInterest
END
Trace("Total interest: " + curTotalInterest)
Trace("Instalments: " + arrSchedule.Count)
Trace("Zero rate payment: " + MonthlyPayment(1200, 0, 12))
// expect: 1, 31/01/2025,   849.22,  29.17,   820.05,   9179.95
// expect: 2, 28/02/2025,   849.22,  26.77,   822.45,   8357.50
// expect: 3, 28/03/2025,   849.22,  24.38,   824.84,   7532.66
// expect: 4, 28/04/2025,   849.22,  21.97,   827.25,   6705.41
// expect: 5, 28/05/2025,   849.22,  19.56,   829.66,   5875.75
// expect: 6, 28/06/2025,   849.22,  17.14,   832.08,   5043.67
// expect: 7, 28/07/2025,   849.22,  14.71,   834.51,   4209.16
// expect: 8, 28/08/2025,   849.22,  12.28,   836.94,   3372.22
// expect: 9, 28/09/2025,   849.22,   9.84,   839.38,   2532.84
// expect: 10, 28/10/2025,   849.22,   7.39,   841.83,   1691.01
// expect: 11, 28/11/2025,   849.22,   4.93,   844.29,    846.72
// expect: 12, 28/12/2025,   849.19,   2.47,   846.72,      0.00
// expect: Total interest: 190.61
// expect: Instalments: 12
// expect: Zero rate payment: 100

Procedure MonthlyPayment(LOCAL curLoan is currency, LOCAL rYearlyRate is real, LOCAL nMonths is int) : currency
rMonthlyRate is real = rYearlyRate / 12 / 100
IF rMonthlyRate = 0 THEN
	RESULT Round(curLoan / nMonths, 2)
END
RESULT Round(curLoan * rMonthlyRate / (1 - Power(1 + rMonthlyRate, -nMonths)), 2)

procedure BuildSchedule(curLoan is currency, rRate is real, nMonths is int, dFirst is Date)
arrLines is array of STInstalment
curMonthly is currency = MonthlyPayment(curLoan, rRate, nMonths)
curLeft is currency = curLoan
dDue is Date = dFirst
FOR i = 1 TO nMonths
	stLine is STInstalment
	stLine.nNumber = i
	stLine.dDue = dDue
	stLine.curInterest = Round(curLeft * rRate / 1200, 2)
	IF i = nMonths THEN
		stLine.curPrincipal = curLeft
		stLine.curPayment = stLine.curPrincipal + stLine.curInterest
	ELSE
		stLine.curPrincipal = curMonthly - stLine.curInterest
		stLine.curPayment = curMonthly
	END
	curLeft -= stLine.curPrincipal
	stLine.curBalance = curLeft
	ArrayAdd(arrLines, stLine)
	dDue..Month += 1
END
RESULT arrLines
