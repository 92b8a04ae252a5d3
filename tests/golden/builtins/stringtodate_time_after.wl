// StringToDate with a time after the date (a DateTime's text): the date is read and the
// time left (DECIDED: StringToDate's page is not stored; before, "" was given;
// docs/builtins.md "StringToDate with a time after the date")
Trace(StringToDate("25/12/2026 10:30")) // expect: 20261225
Trace(StringToDate("25/12/2026 10:30:15", "DD/MM/YYYY")) // expect: 20261225
Trace(StringToDate("2026-12-25T10:30:00", "YYYY-MM-DD")) // expect: 20261225
Trace(StringToDate("2026-12-25T10:30:00.123Z", "YYYY-MM-DD")) // expect: 20261225
Trace(StringToDate("2026-12-25T10:30:00+01:00", "YYYY-MM-DD")) // expect: 20261225
// anything else after the date is still no date
Trace("[" + StringToDate("25/12/2026abc", "DD/MM/YYYY") + "]") // expect: []
Trace("[" + StringToDate("25/12/20261", "DD/MM/YYYY") + "]") // expect: []
Trace("[" + StringToDate("25/12/2026 and more") + "]") // expect: []
d is Date = StringToDate("2026-12-25 08:00", "YYYY-MM-DD")
Trace(d.Year, d.Month, d.Day) // expect: 2026, 12, 25
