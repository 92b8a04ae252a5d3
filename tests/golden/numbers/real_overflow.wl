// A real result beyond the 8-byte real's range (help "Real (type)" ?1514048: at most
// 1.7*10+308) is the catchable error "Numeric overflow" (errCode 1003) where it is stored
// in a real, a numeric, a currency or an integer, or shown as text; never "inf" or "nan"
// (INFERRED: the page gives the range, not what happens beyond it; docs/semantics.md).
big is real = 1e308
Trace(big > 1e307) // expect: 1
WHEN EXCEPTION IN
    r is real = big * 10
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the largest real (about 1.8e308).
END
WHEN EXCEPTION IN
    big = -big * 10
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the smallest real (about -1.8e308).
END
v is Variant = big * big
WHEN EXCEPTION IN
    Trace("shown: " + v)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the largest real (about 1.8e308).
END
WHEN EXCEPTION IN
    n is numeric = v - v
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is undefined (beyond the largest real in a calculation).
END
Trace(big / 10 * 10 = big) // expect: 1
// NumToString shows a number as text: the same error (it wrote "Infinity")
WHEN EXCEPTION IN
    Trace(NumToString(big * 10, "f"))
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the largest real (about 1.8e308).
END
s is real = Sin(big * 10) // expect error: Numeric overflow: the result is beyond the largest real (about 1.8e308).
