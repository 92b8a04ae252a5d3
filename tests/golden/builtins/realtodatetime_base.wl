// RealToDateTime reverses DateTimeToReal (help ?1000021361: 1 January 1900 is 1,
// "190001030600" gives 3.25), so 73773.5 is 24 December 2101 at noon. The example of
// DateTimeToString's page (?1000025516), `RéelVersDateHeure(73773,5)` giving
// 25/12/2001, passes two arguments (the comma separates them) and shows IntegerToDate's
// result (DateToString's page: IntegerToDate(73773) is 25/12/2001): see
// docs/builtins.md, DateTimeToReal.
Trace(RealToDateTime(3.25)) // expect: 19000103060000000
Trace(RealToDateTime(73773.5)) // expect: 21011224120000000
Trace(DateTimeToReal("20011225120000")) // expect: 37250.5
Trace(RealToDateTime(37250.5)) // expect: 20011225120000000
Trace(IntegerToDate(73773)) // expect: 20011225
