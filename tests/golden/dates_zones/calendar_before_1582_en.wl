// The calendar before 1582 (decided, UNVERIFIED: docs/semantics.md "The calendar before
// 1582"): day numbers and differences follow the Gregorian calendar extended backwards,
// as ISO 8601 does; DateValid and DateTimeValid refuse only the ten days of October 1582
// the pages name (?3027003, ?1000020940).
Trace(DateValid("15000229"), DateValid("16000229"), DateValid("14000229")) // expect: 0, 1, 0
Trace(DateToInteger("18000101"), IntegerToDate(1)) // expect: 1, 18000101
Trace(DateToInteger("15821015") - DateToInteger("15821004")) // expect: 11
Trace(DateDifference("15821004", "15821015"), DateDifference("15000228", "15000301")) // expect: 11, 1
Trace(DateToDay("15821004"), DateToDay("15821015")) // expect: 1, 5
dLast is Date = "15821004"
dNext is Date = dLast + 1
Trace(dNext, DateValid(dNext)) // expect: 15821005, 0
Trace(DateToInteger("00010101"), IntegerToDate(-657070)) // expect: -657070, 00010101
