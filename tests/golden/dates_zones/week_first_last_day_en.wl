// FirstDayOfWeek / LastDayOfWeek take one date (or none: today); there is no (year, week)
// form (the help page is not in the stored copy; WINDEV's own runtime for Android declares
// one parameter; docs/builtins.md "FirstDayOfWeek / LastDayOfWeek", INFERRED): the days
// of week 10 of 2025 are found from WeekToDate, the Monday of that week.
Trace(FirstDayOfWeek("20250305"), LastDayOfWeek("20250305")) // expect: 20250303, 20250309
dDay is Date = "20251231"
Trace(FirstDayOfWeek(dDay), LastDayOfWeek(dDay)) // expect: 20251229, 20260104
// a Sunday is the last day of its own week, a Monday the first
Trace(FirstDayOfWeek("20250309"), LastDayOfWeek("20250303")) // expect: 20250303, 20250309
// the week of a week number: its Monday is WeekToDate's
dMonday is Date = WeekToDate(2025, 10)
Trace(dMonday, LastDayOfWeek(dMonday), WeekNumber(dMonday)) // expect: 20250303, 20250309, 10
Trace(LastDayOfWeek(2025, 10)) // expect error: LastDayOfWeek expects 0 to 1 parameter(s) but received 2
