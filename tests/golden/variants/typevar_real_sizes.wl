// wlReal_4 / wlReal_8 beside wlReal, as PC SOFT's HTML export example tests them
// (docs/builtins.md "TypeVar": wlReal_8 is wlReal, decided; wlReal_4 another value)
r is real = 2.5
nType is int = TypeVar(r)
Trace(nType = wlReal, nType = wlReal_8, nType = wlReal_4)      // expect: 1, 1, 0
Trace(nType IN (wlReal, wlCurrency, wlNumeric, wlReal_4, wlReal_8)) // expect: 1
Trace(TypeVar(3) IN (wlReal, wlReal_4, wlReal_8))               // expect: 0
Trace(wlRéel_4 = wlReal_4, wlRéel_8 = wlReal)                   // expect: 1, 1
