// A currency holds -604,462,909,807,314,587.353087 to +604,462,909,807,314,587.353087
// (VERIFIED, "Currency (Variable type)" ?1514043). A value beyond it stored into a
// currency (a literal, a product, a running total) is the catchable "Numeric overflow"
// (errCode 1003), as a real beyond its range is; it was held silently (docs/semantics.md,
// "Numbers out of range").
mLimit is currency = 0m604462909807314587.353087
Trace(mLimit) // expect: 604462909807314587.353087
mLimit = -mLimit
Trace(mLimit) // expect: -604462909807314587.353087
mTotal is currency = 500000000000000000
WHEN EXCEPTION IN
    mTotal += mTotal
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1000000000000000000 is beyond the largest currency (604,462,909,807,314,587.353087).
END
Trace(mTotal) // expect: 500000000000000000
WHEN EXCEPTION IN
    mTotal = mTotal * -2
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: -1000000000000000000 is beyond the smallest currency (-604,462,909,807,314,587.353087).
END
// a real far past the range is named in exponent form, not by its 309 digits
WHEN EXCEPTION IN
    rFar is real = 1e308
    mTotal = rFar
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1e+308 is beyond the largest currency (604,462,909,807,314,587.353087).
END
mBig is currency = 99999999999999999999999 // expect error: Numeric overflow: 99999999999999999999999 is beyond the largest currency (604,462,909,807,314,587.353087).
