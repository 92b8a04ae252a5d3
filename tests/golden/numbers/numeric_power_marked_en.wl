// A numeric's power is a numeric, as its sum and product are: `n ^ 2` and Power(n, 2)
// hold a numeric (TypeVar 13, wlNumeric) and the run's errors name a numeric; a
// currency's power is a currency (10). docs/semantics.md "A numeric is named a numeric".
n is numeric = 2
WHEN EXCEPTION IN
    Trace((n ^ 2)[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
v is Variant = n ^ 2
Trace(v, TypeVar(v)) // expect: 4, 13
v = Power(n, 2)
Trace(v, TypeVar(v)) // expect: 4, 13
v = 3 ^ n
Trace(v, TypeVar(v)) // expect: 9, 13
c is currency = 2
v = c ^ 2
Trace(v, TypeVar(v)) // expect: 4, 10
