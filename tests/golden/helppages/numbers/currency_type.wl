// Help page "Currency (Variable type)" (doc.windev.com ?1514043): its example, then what
// the page states, traced: a currency declared without a value is 0; 6 decimals are kept
// exactly (no binary rounding); the largest value it names is +604 462 909 807 314
// 587,353 087, written with 0m (a literal of more than 15 significant digits without it is
// the real the compiler makes of it, beyond the range there: numbers/currency_literal_through_real_en.wl);
// several variables are declared with "are currencies".
Prix is currency
Trace(Prix)                                     // expect: 0
Prix = 1234.5678901
Trace(Prix)                                     // expect: 1234.56789
Prix = 0.1 + 0.2
Trace(Prix = 0.3)                               // expect: 1
Largest is currency = 0m604462909807314587.353087
Trace(Largest)                                  // expect: 604462909807314587.353087
Total, Tax are currencies
Total = 19.99
Tax = Total * 0.2
Trace(Tax)                                      // expect: 3.998
