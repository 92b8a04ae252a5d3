// A date written as a text to a date function in another form than "YYYYMMDD" (a
// day-first text, an impossible ISO date, a date-time whose time is impossible): the
// run stops at the call with the function's words, so the check says them there first
// (WL115). The check said it for DateDifference only. A variable's value is the run's to judge; DateValid answers
// False and does not stop. An ISO text a Date variable takes ("2026-12-06") is read as
// that variable reads it (docs/semantics.md), so the check says nothing of it.
dToday is Date = "20261206"
sTyped is string = "06/12/2026"
Trace(DateToString("06/12/2026")) // error: WL115:7 DateToString: '06/12/2026' is not a valid date (expected YYYYMMDD)
Trace(DateToDayInAlpha("2026-12-32")) // error: WL115:7 DateToDayInAlpha: '2026-12-32' is not a valid date (expected YYYYMMDD)
Trace(WeekNumber("6/12/2026")) // error: WL115:7 WeekNumber: '6/12/2026' is not a valid date (expected YYYYMMDD)
Trace(dateToInteger("31/12/2025")) // error: WL115:7 DateToInteger: '31/12/2025' is not a valid date (expected YYYYMMDD)
Trace(Age("14/07/1980", dToday)) // error: WL115:7 Age: '14/07/1980' is not a valid date (expected YYYYMMDD)
Trace(DateTimeDifference("20261206", "06/12/2026 10:00")) // error: WL115:7 DateTimeDifference: '06/12/2026 10:00' is not a valid date-time (expected YYYYMMDDHHMMSSCC)
Trace(DateTimeToString("06/12/2026 10:00")) // error: WL115:7 DateTimeToString: '06/12/2026 10:00' is not a valid datetime (expected YYYYMMDDHHMMSS)
Trace(DateTimeToString("12300000")) // error: WL115:7 DateTimeToString: '12300000' is not a valid datetime (expected YYYYMMDDHHMMSS)
Trace(LastDayOfMonth("06/12/2026")) // error: WL115:7 LastDayOfMonth: '06/12/2026' is not a valid date (expected YYYYMMDD)
Trace(FirstDayOfMonth("12-06-2026")) // error: WL115:7 FirstDayOfMonth: '12-06-2026' is not a valid date (expected YYYYMMDD)
Trace(DateTimeToString("2026-12-06T25:30:00")) // error: WL115:7 DateTimeToString: '2026-12-06T25:30:00' is not a valid datetime (expected YYYYMMDDHHMMSS)
Trace(DateToString("2026-12-06T25:30:00")) // error: WL115:7 DateToString: '2026-12-06T25:30:00' is not a valid date (expected YYYYMMDD)
Trace(WeekNumber("20261206106000")) // error: WL115:7 WeekNumber: '20261206106000' is not a valid date (expected YYYYMMDD)
Trace(LastDayOfMonth(2024, 2), LastDayOfMonth("20240215"), FirstDayOfMonth())
Trace(DateToString("20261206"), DateToString(""), WeekNumber("20261206103000"))
Trace(DateTimeToString("20261206103000"), DateTimeToString(""), DateTimeToString("20261206"))
Trace(DateToDay(dToday), DateValid("06/12/2026"), DateToString(sTyped, "DD/MM/YYYY"))
Trace(DateToDayInAlpha("2026-12-06"), FirstDayOfMonth("2026-12-06T10:30"), DateValid("2026-12-06"))
