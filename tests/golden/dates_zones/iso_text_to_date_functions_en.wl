// A date function given the text a Date variable takes ("2026-12-06", a date-time text
// "2026-12-06T10:30:00") reads it as the variable does: DateToString("2026-12-06") is
// DateToString(d) for d is Date = "2026-12-06" (it stopped: "not a valid date
// (expected YYYYMMDD)"). INFERRED: the pages take "a string YYYYMMDD, a Date or a
// DateTime"; docs/semantics.md. DateValid still counts a text of another size than 8
// invalid, as its page says; an impossible ISO date still stops, in the text written.
d is Date = "2026-12-06"
Trace(DateToString(d), DateToString("2026-12-06")) // expect: 06/12/2026, 06/12/2026
Trace(DateToString("2026-12-06", "DDDD D MMMM YYYY")) // expect: Sunday 6 December 2026
Trace(WeekNumber("2026-12-06") = WeekNumber(d)) // expect: 1
Trace(DateToInteger("2026-12-06") - DateToInteger("2026-12-01")) // expect: 5
Trace(Age("1980-07-14", "2026-07-13"), Age("1980-07-14T08:00:00", "2026-07-14")) // expect: 00451129, 00460000
Trace(DateToDay("2026-12-06T10:30:00"), LastDayOfMonth("2024-02-10")) // expect: 7, 20240229
dt is DateTime = "2026-12-06T10:30:00"
Trace(DateTimeToString("2026-12-06T10:30:00") = DateTimeToString(dt)) // expect: 1
Trace(DateTimeDifference("2026-12-06T10:30", "2026-12-07T12:00:00")) // expect: +000000101300000
Trace(DateValid("2026-12-06"), DateValid("20261206")) // expect: 0, 1
Trace(DateToString("2026-02-30")) // expect error: DateToString: '2026-02-30' is not a valid date (expected YYYYMMDD).
