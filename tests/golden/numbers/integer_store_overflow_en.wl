// A number stored into an integer beyond its range (?1514049 gives the ranges: -2 x 10^9
// to 2 x 10^9 for an int, -9 x 10^18 to 9 x 10^18 for an 8-byte int, 0 to 255 for an
// unsigned 1-byte int). An integer wraps (two's complement, as WINDEV's C integers do:
// INFERRED); a real, a currency or a numeric is truncated and, beyond the range, is the
// catchable "Numeric overflow" (errCode 1003), as a currency beyond its range is (it
// showed -1981284352 for 1e19). docs/semantics.md "Numbers out of range".
nCount is int = 2147483647
nCount++
Trace(nCount) // expect: -2147483648
rBig is real = 1e19
WHEN EXCEPTION IN
    nCount = rBig
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
END
Trace(nCount) // expect: -2147483648
mAmount is currency = -5000000000.75
WHEN EXCEPTION IN
    nCount = mAmount
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: -5000000000 is beyond the smallest int (-2,147,483,648).
END
nLong is 8-byte int = rBig / 10
Trace(nLong) // expect: 1000000000000000000
nLong = 1e18 * 9.2
Trace(nLong) // expect: 9200000000000000000
WHEN EXCEPTION IN
    nLong = rBig
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 10000000000000000000 is beyond the largest 8-byte int (9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
    nByte is unsigned 1-byte int = 255.9
    Trace(nByte) // expect: 255
    rNear is real = 256.5
    nByte = rNear
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 256 is beyond the largest unsigned 1-byte int (255).
END
// a text read as a number is the same: its digits a real ("1e19"), an integer wraps
WHEN EXCEPTION IN
    nCount = "1e19" // wl: ignore[WL110] (wl check says the run stops here: it does, caught)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
END
nCount = "4294967301"
Trace(nCount) // expect: 5
tValues is array of int
WHEN EXCEPTION IN
    ArrayAdd(tValues, 3e10)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 30000000000 is beyond the largest int (2,147,483,647).
END
Trace(ArrayCount(tValues)) // expect: 0
nCount = -3e9 // expect error: Numeric overflow: -3000000000 is beyond the smallest int (-2,147,483,648).
