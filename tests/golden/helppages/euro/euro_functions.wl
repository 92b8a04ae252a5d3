// Help pages of the Euro functions (doc.windev.com): eCurrencyName ?3033006,
// eInitCurrency ?3033003, eToEuro ?3033005, eChangeCurrency ?3033012 and (French page)
// eDefaultViewCurrency ?3033009. Their examples as written, with a Trace of each result;
// the pages state the exchange table (rates, default captions), not the converted
// amounts: those are the table's rates applied and rounded to 2 decimals.
// Retrieve the caption of French Franc
ResCaption is string = eCurrencyName(eFRF)
Trace(ResCaption)                               // expect: F
Trace(eCurrencyName(eEUR), eExchangeRate(eDEM)) // expect: EURO, 1.95583
// Modify the caption of the French Franc
eInitCurrency(eFRF, "Franc", eExchangeRate(eFRF))
Trace(eCurrencyName(eFRF), eExchangeRate(eFRF)) // expect: Franc, 6.55957
// Modify a user currency
// Use the CFA Franc
eInitCurrency(17, "CFA Franc", 655.96)
Trace(eCurrencyName(17), eExchangeRate(17))     // expect: CFA Franc, 655.96
// Convert Marks to Euro
ResConversion is currency = eToEuro(150, eDEM)
Trace(ResConversion)                            // expect: 76.69
// Convert Liras to Euro and manage the rounding difference
// Two decimal places are used for the conversion
resDiff is currency
ResConversion = eToEuro(10000, eITL, 2, resDiff)
Trace(ResConversion, resDiff)                   // expect: 5.16, 8.8468
// Without a source currency: the currency 1 (the French Franc by default)
Trace(eToEuro(655.957))                         // expect: 100
// Convert French Francs into Marks
ResConversion = eChangeCurrency(150, eFRF, eDEM)
Trace(ResConversion)                            // expect: 44.72
// Convert Pesetas into Belgium Francs and manage the rounding differences
ResConversion = eChangeCurrency(10000, eESP, eBEF, 2, ResDiff)
Trace(ResConversion)                            // expect: 2424.48
// Modify the default display currency
ResDefaultViewCurrency is int = eDefaultViewCurrency(eDEM)
Trace(ResDefaultViewCurrency, eDefaultViewCurrency()) // expect: 0, 5
// A currency outside the Euro has no rate: a non-fatal error
Trace(eToEuro(100, eGBP), ErrorOccurred)        // expect: 0, 1
