// eSIT, Slovenia's tolar (34), as PC SOFT's own Euro example declares its rate: no rate
// until eInitCurrency gives one
Trace(eSIT, eCurrencyName(eSIT))   // expect: 34, SIT
Trace(eToEuro(100, eSIT), ErrorOccurred)   // expect: 0, 1
eInitCurrency(eSIT, "SIT", 239.640)
Trace(eToEuro(239.64, eSIT))   // expect: 1
