// Help page "eDefaultMemCurrency" (?3033016, In French: eDeviseMemParDéfaut): its example
// (the currency in which "Currency + Euro" controls store their value: the Euro, 0, by
// default; the function returns the previous one), then its second syntax, which reads it.
// Modify the default storage currency
ResDefaultMemCurrency is int = eDefaultMemCurrency(eDEM)
// The default storage currency is now the German Mark
Trace(ResDefaultMemCurrency, eDefaultMemCurrency()) // expect: 0, 5
// the display currency is another setting
Trace(eDefaultViewCurrency()) // expect: 0
