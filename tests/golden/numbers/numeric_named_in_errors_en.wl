// A numeric's value is marked a numeric wherever it goes (a variable, a structure member,
// an array element, a parameter, a Variant): the run's errors name a numeric, not a
// currency (a numeric and a currency are both exact decimals; every one was named a
// currency). A currency is still named a currency. docs/semantics.md "A numeric is
// named a numeric".
ST is Structure
    nRate is numeric (10,2)
END
nTotal is numeric = 12.5
WHEN EXCEPTION IN
    Trace(nTotal[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
WHEN EXCEPTION IN
    Trace(nTotal..Digits) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric has no property 'Digits'.
END
s is ST
s.nRate = 19.6
WHEN EXCEPTION IN
    Trace(s.nRate[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
arrN is array of numeric = [1.5, 2.5]
WHEN EXCEPTION IN
    Trace(arrN[2][1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
Indexed(3.25) // expect: A value of type numeric cannot be indexed.
v is Variant = nTotal
WHEN EXCEPTION IN
    Trace(v[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
// a result computed from a numeric is a numeric, with a currency too
mPrice is currency = 10
WHEN EXCEPTION IN
    Trace((nTotal * 2 + mPrice)[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
WHEN EXCEPTION IN
    Trace(mPrice[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type currency cannot be indexed.
END
// the mark changes no value: a numeric stored into a currency is a currency again
mPrice = nTotal / 3
WHEN EXCEPTION IN
    Trace(mPrice[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type currency cannot be indexed.
END
Trace(mPrice, nTotal / 3, nTotal = 12.5, nTotal < 13, s.nRate + nTotal) // expect: 4.166667, 4.166667, 1, 1, 32.1
IF nTotal THEN Trace("not zero") // expect: not zero
IF v THEN Trace("a Variant's numeric is a Boolean too") // expect: a Variant's numeric is a Boolean too
Trace(TypeVar(nTotal) = wlNumeric, TypeVar(v) = wlNumeric, TypeVar(mPrice) = wlCurrency) // expect: 1, 1, 1
PROCEDURE Indexed(p is numeric)
WHEN EXCEPTION IN
    Trace(p[2])
DO
    Trace(ExceptionInfo(errMessage))
END
