// The help pages' own examples (family page 3050054); the pages give no results, so the
// expected values are the annuity equation's (the same as spreadsheets' PV, PMT, RATE,
// NPER, IPMT, SLN and DB functions).
// help 3050055: repayment 5000, 50000 at the end, 10 periods at 8%, payments at the start
Trace(Round(FinCurrentVal(-5000, 50000, 10, 8), 2))   // expect: 13074.77
// help 3050039: 100000 lent, 24 periods at 8%: each payment, negative for the lender
Trace(Round(FinRepayVal(100000, 24, 8), 2))   // expect: -9497.8
// help 3050047: six payments of 5000 pay 25000 off
Trace(Round(FinInterestRate(6, -5000, 25000), 4))   // expect: 5.4718
// help 3050041: payments of 7500 at 5% for 42000
Trace(Round(FinPaymentNb(-7500, 5, 42000), 4))   // expect: 6.733
// help 3050042: interests of the 2nd year of 25000 at 5% over 6 years
Trace(Round(FinPeriodInterest(25000, 5, 2, 6), 2))   // expect: -1066.23
// help 3050046 and 3050068: bought 25000, worth 15000 after 6 years
Trace(Round(FinLinearRedemption(25000, 15000, 6), 2))   // expect: 1666.67
Trace(Round(FinDecreasingRedemption(25000, 15000, 6), 2))   // expect: 170.83
Trace(Round(FinDecreasingRedemption(25000, 15000, 6, 2), 2))   // expect: 2035.99
Trace(Round(FinDecreasingRedemption(25000, 15000, 6, 1, 12), 2))   // expect: 2050
Trace(FinDecreasingRedemption(25000, 15000, 6, 9))   // expect: 0
// future value of 10 payments of 100 at 5%, at the end of each period
Trace(Round(FinFutureVal(0, -100, 10, 5, False), 2))   // expect: 1257.79
// the current value of that future value is the current value of the payments
Trace(Round(FinCurrentVal(0, 1257.79, 10, 5), 2) = -Round(FinCurrentVal(-100, 0, 10, 5, False), 2))   // expect: 1
// net current value: 1000 invested today, then 300, 400 and 500, at 8%
Flows is array of real = [-1000, 300, 400, 500]
Trace(Round(FinNetCurrentVal(8, Flows), 2))   // expect: 17.63
// a loan without interest
Trace(FinRepayVal(1200, 12, 0))   // expect: -100
// errors: no error code, FinError and ErrorInfo tell
Trace(FinError())   // expect: 0
Trace(FinLinearRedemption(25000, 15000, 0), FinError() <> 0)   // expect: 0, 1
Trace(FinNetCurrentVal(0, Flows), FinError() <> 0)   // expect: 0, 1
Trace(FinPaymentNb(-10, 5, 42000), FinError() <> 0)   // expect: 0, 1
Trace(ErrorInfo() <> "")   // expect: 1
Trace(Round(FinLinearRedemption(9, 3, 2), 2), FinError())   // expect: 3, 0
// FinRedemption: more than 1000 years, or a rate of -100% or less (no loan has them),
// is False with FinError 1, not a table without end or a division by zero
Trace(FinRedemption("Long", finInFine, 1000, 5, 1000000000), FinError())   // expect: 0, 1
Trace(FinRedemption("Ruin", finConstantAnnualPayment, 1000, -100, 6), FinError())   // expect: 0, 1
Trace(FinRedemption("Long", finInFine, 1000, 5, 1000), FinError())   // expect: 1, 0
// a negative cost has no declining rate (its root is not a real number): FinError, not a crash
Trace(FinDecreasingRedemption(-3, 1, 2), FinError() <> 0)   // expect: 0, 1
Trace(FinDecreasingRedemption((-2), FinDecreasingRedemption(-3, 1, 2), Asc("")), FinError() <> 0)   // expect: 0, 1
// no cash flow at all: the sum of nothing is 0, a real value (it was "no real value", FinError 2)
tNone is array of reals
Trace(FinNetCurrentVal(5, tNone), FinError(), ErrorOccurred)   // expect: 0, 0, 0
