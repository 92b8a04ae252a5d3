// Help page "FinRedemption (Function)" (?3050061, In French: FinAmortissement): its
// example as written, then the matrix it creates read back (the page states no values:
// one row a year of year, balance to repay, interest, amortization, yearly payment, as
// its syntax describes the columns; the figures are the usual amortization table's).
// Amortization matrix for an "In Fine" loan of $25000
// with a fixed interest rate of 5% over 6 years
ResAmortization = FinRedemption("AmortMatrix", finInFine, 25000, 5, 6)
Trace(ResAmortization) // expect: 1
Trace(MatNbLine("AmortMatrix"), MatNbColumn("AmortMatrix")) // expect: 6, 5
Trace(MatReadLine("AmortMatrix", 1, " ")) // expect: 1 25000 1250 0 1250
Trace(MatReadLine("AmortMatrix", 6, " ")) // expect: 6 25000 1250 25000 26250
// constant amortization: the same share of the principal each year
FinRedemption("Constant", finConstantRedemption, 24000, 5, 6)
Trace(MatReadLine("Constant", 2, " ")) // expect: 2 20000 1000 4000 5000
// constant yearly payment: FinRepayVal's payment, interest on what is still owed
FinRedemption("Annuity", finConstantAnnualPayment, 25000, 5, 6)
Trace(Round(MatRead("Annuity", 1, 5), 2), Round(-FinRepayVal(25000, 6, 5), 2)) // expect: 4925.44, 4925.44
Trace(Round(MatRead("Annuity", 2, 3), 2), Round(-FinPeriodInterest(25000, 5, 2, 6), 2)) // expect: 1066.23, 1066.23
Trace(Round(MatRead("Annuity", 6, 2) - MatRead("Annuity", 6, 4), 2)) // expect: 0
// a kind that is not one of the three: False, FinError and ErrorInfo tell
Trace(FinRedemption("Bad", 9, 25000, 5, 6), FinError()) // expect: 0, 1
