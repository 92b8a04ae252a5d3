// Help page "The different types of data (Type of variable)" (doc.windev.com ?1514064): the
// examples of its "simple types" list, each in its own procedure (the page declares `b` and
// `MyCurrency` twice), then what the list states, traced: a boolean is True for a value
// different from 0 and False for 0; a currency keeps 6 decimals exactly; a numeric keeps
// 32 digits before the point and 6 after; a real keeps 15 significant digits.
BooleanExample()
IntExample()
CurrencyExample()
NumericExample()
RealExample()

PROCEDURE BooleanExample()
b is boolean
b = 12
Trace(b)                                        // expect: 1
b = 0
Trace(b)                                        // expect: 0

PROCEDURE IntExample()
b is int
b = 7
Trace(b / 2)                                    // expect: 3.5

PROCEDURE CurrencyExample()
MyCurrency is currency
MyCurrency = 0.1 + 0.2
Trace(MyCurrency = 0.3)                         // expect: 1
MyCurrency = 1 / 3
Trace(MyCurrency)                               // expect: 0.333333

PROCEDURE NumericExample()
MyCurrency is numeric
MyCurrency = 0n12345678901234567890123456789012.123456
Trace(MyCurrency)                               // expect: 12345678901234567890123456789012.123456

PROCEDURE RealExample()
VAT is real
VAT = 19.6
Trace(VAT)                                      // expect: 19.6
VAT = 1234567890.123456789
Trace(VAT)                                      // expect: 1234567890.12346

