// CurrentMonth, FirstDayOfYear, EasterDate, DayNumberInAlpha, MonthNumberInAlpha (docs/builtins.md)
Trace(CurrentMonth() = Val(Middle(Today(), 5, 2)), FirstDayOfYear(2024), FirstDayOfYear("20240615")) // expect: 1, 20240101, 20240101
Trace(FirstDayOfYear() = Left(Today(), 4) + "0101") // expect: 1
Trace(EasterDate(2024), EasterDate(2025), EasterDate("20000101"), EasterDate(1818)) // expect: 20240331, 20250420, 20000423, 18180322
Trace("[" + EasterDate(1500) + "]") // expect: []
Trace(DayNumberInAlpha(1), DayNumberInAlpha(7), "[" + DayNumberInAlpha(8) + "]") // expect: Monday, Sunday, []
Trace(MonthNumberInAlpha(1), MonthNumberInAlpha(12), "[" + MonthNumberInAlpha(0) + "]") // expect: January, December, []
Trace(EasterDate(0)) // expect error: EasterDate: 0 is not a year between 1 and 9999.
