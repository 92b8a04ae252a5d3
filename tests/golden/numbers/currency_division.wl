// A product or quotient of currencies is a currency: 6 decimals ("Currency (Variable
// type)" ?1514043: 6 digits to the right of the decimal point); a plain numeric keeps
// its 6 decimals too, `numeric (*)` every digit, `numeric (i, d)` d ("Numeric (Variable
// type)" ?1514072). How an expression is typed is INFERRED (docs/semantics.md, "Currency
// and numeric products and quotients"); `m / 3` showed 37 decimals.
mRent is currency = 1000
Trace(mRent / 3) // expect: 333.333333
Trace(mRent / 3 * 3) // expect: 999.999999
Trace(-mRent / 7) // expect: -142.857143
nShare is numeric = 100
Trace(nShare / 7) // expect: 14.285714
nFine is numeric (4,10) = 1
Trace(nFine / 7) // expect: 0.1428571429
nAuto is numeric (*) = 1
Trace(nAuto / 8) // expect: 0.125
rRatio is real = 1
Trace(rRatio / 4) // expect: 0.25
Trace(Monthly(1200) / 7) // expect: 14.285714
// An installment plan: the last month takes the rounding difference
mTotal is currency = 100
mMonth is currency = Round(mTotal / 3, 2)
Trace(mMonth) // expect: 33.33
Trace(mTotal - 2 * mMonth) // expect: 33.34

PROCEDURE Monthly(mYear is currency) : currency
RESULT mYear / 12
