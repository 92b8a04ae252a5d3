// A built-in computing from a numeric gives a numeric, as the operators do: Abs, Round,
// IntegerPart, DecimalPart, RoundUp, Truncate of a numeric, and Sum and Mean of an
// array of numerics, hold a numeric in a Variant (TypeVar 13, wlNumeric) and the run's
// errors name a numeric; of a currency, a currency (10). docs/semantics.md "A numeric
// is named a numeric".
n is numeric = -2.55
v is Variant = Abs(n)
Trace(v, TypeVar(v)) // expect: 2.55, 13
v = Round(n, 1)
Trace(v, TypeVar(v)) // expect: -2.6, 13
WHEN EXCEPTION IN
    Trace(Abs(n)[1])
DO
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
END
v = IntegerPart(n)
Trace(v, TypeVar(v)) // expect: -2, 13
v = DecimalPart(n)
Trace(v, TypeVar(v)) // expect: -0.55, 13
v = RoundUp(n, 1)
Trace(v, TypeVar(v)) // expect: -2.5, 13
v = Truncate(n, 1)
Trace(v, TypeVar(v)) // expect: -2.5, 13
arrN is array of numeric = [1.5, 2]
v = arrN.Sum()
Trace(v, TypeVar(v)) // expect: 3.5, 13
v = Mean(arrN)
Trace(v, TypeVar(v)) // expect: 1.75, 13
v = Max(n, 1)
Trace(v, TypeVar(v)) // expect: 1, 8
v = Max(n, -3)
Trace(v, TypeVar(v)) // expect: -2.55, 13
c is currency = -2.55
v = Abs(c)
Trace(v, TypeVar(v)) // expect: 2.55, 10
v = Round(c, 1)
Trace(v, TypeVar(v)) // expect: -2.6, 10
