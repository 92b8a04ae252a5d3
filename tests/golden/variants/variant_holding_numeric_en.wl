// A Variant given a numeric variable's value answers wlNumeric to TypeVar, as the numeric
// variable does; a currency's still answers wlCurrency.
// Both are exact decimals here: the Variant said wlCurrency for the numeric too.
nRate is numeric = 2.25
vAny is Variant = nRate
Trace(TypeVar(vAny) = wlNumeric, vAny..Type = wlNumeric, vAny) // expect: 1, 1, 2.25
mPrice is currency = 1.5
vAny = mPrice
Trace(TypeVar(vAny) = wlCurrency) // expect: 1
vAny = nRate
Trace(TypeVar(vAny) = wlNumeric, vAny + 1, vAny * 2, vAny > 2, "x" + vAny) // expect: 1, 3.25, 4.5, 1, x2.25
mBack is currency = vAny
Trace(mBack, TypeVar(mBack) = wlCurrency) // expect: 2.25, 1
