// A Variant, an untyped parameter or an untyped result holding a currency or a numeric
// computes a product or a quotient in its 6 decimals, as a variable declared so does
// (it showed 37 decimals: 3.4166666666666666666666666666666666667).
curPrice is currency = 10.25
vAny is Variant = curPrice
Trace(vAny / 3, curPrice / 3, vAny * 1.123456789) // expect: 3.416667, 3.416667, 11.515432
nRate is numeric = 2
vRate is Variant = nRate
Trace(vRate / 3, TypeVar(vRate) = wlNumeric) // expect: 0.666667, 1
Share(curPrice, 4) // expect: 2.5625
Trace(Half(curPrice)) // expect: 5.125
Trace(Half(curPrice) / 7) // expect: 0.732143
rRatio is real = 10.25
Trace(rRatio / 3) // expect: 3.41666666666667

PROCEDURE Share(pAmount, nParts)
Trace(pAmount / nParts)

PROCEDURE Half(pAmount)
RESULT pAmount / 2
