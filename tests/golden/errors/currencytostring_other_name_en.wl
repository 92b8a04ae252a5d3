// CurrencyToString is no WLanguage function (no help page names it; real code calls a
// procedure of its own project so named): NumToString writes a currency
mTotal is currency = 1234.5
Trace(NumToString(mTotal, "10.2f")) // expect:    1234.50
Trace(CurrencyToString(mTotal)) // expect error: Unknown procedure or function 'CurrencyToString'; no WLanguage function has this name (it is a project's own procedure): a currency is written by NumToString
