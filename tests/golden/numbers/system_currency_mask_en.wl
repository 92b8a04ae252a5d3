// NumToString(x, maskSystemCurrency): an amount as the system's regional settings write
// money. wlinterp writes it as a French Windows installation does by default, the settings
// maskSystemDate follows: two decimals rounded half away from zero, a comma, thousands
// grouped by spaces, a space and the euro sign (DECIDED: docs/builtins.md "NumToString
// with maskSystemCurrency")
Trace(NumToString(1234.56, maskSystemCurrency)) // expect: 1 234,56 €
Trace(NumToString(1234567.891, maskSystemCurrency)) // expect: 1 234 567,89 €
Trace(NumToString(-0.5, maskSystemCurrency)) // expect: -0,50 €
Trace(NumToString(0, maskSystemCurrency)) // expect: 0,00 €
Trace(NumToString(2.675, maskSystemCurrency)) // expect: 2,68 €
Trace(NumToString(-2.005, maskSystemCurrency)) // expect: -2,01 €
m is currency = 999999.995
Trace(NumToString(m, maskSystemCurrency)) // expect: 1 000 000,00 €
n is int = 42
Trace(NumToString(n, MASKSYSTEMCURRENCY)) // expect: 42,00 €
