// A planning calendar: a date written in words read back by StringToDate, the names of
// months and days (English in an English program), the month's and the week's
// bounds (Monday to Sunday), the week number, leap years, the exact age of an employee
// born on 29 February, Easter Sunday.
Trace(StringToDate("15 March 2025", "DD MMMM YYYY"), StringToDate("15/03/2025")) // expect: 20250315, 20250315
d is Date = "20250315"
Trace(DateToString(d, "DD MMM YYYY"), DateToString(d, "MMMM YYYY"), DateToString(d, "DD/MM")) // expect: 15 Mar 2025, March 2025, 15/03
Trace(IntegerToMonthInAlpha(DateToInteger(d)), MonthNumberInAlpha(12), DayNumberInAlpha(1)) // expect: March, December, Monday
Trace(FirstDayOfMonth(d), LastDayOfMonth(d), FirstDayOfWeek(d), LastDayOfWeek(d)) // expect: 20250301, 20250331, 20250310, 20250316
Trace(WeekNumber(d), LeapYear(2024), LeapYear(2100)) // expect: 11, 1, 0
// born on 29 February: 44 years 11 months 30 days the day before 1 March, 45 on 1 March
Trace(Age("19800229", "20250228"), Age("19800229", "20250301")) // expect: 00441130, 00450000
Trace(DateToString(EasterDate(2025))) // expect: 20/04/2025
