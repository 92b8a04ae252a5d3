// Date calculations: day numbers, differences, week days, week numbers, month ends, times
Trace(DateToInteger("20011225")) // expect: 73773
Trace(IntegerToDate(1)) // expect: 18000101
Trace(IntegerToDate(73773, "DD/MM/YYYY")) // expect: 25/12/2001
Trace(DateDifference("20240101", "20240301")) // expect: 60
Trace(DateDifference("20240301", "20240101")) // expect: -60
Trace(DateToDay("20240107"), DateToDayInAlpha("20240107")) // expect: 7, Sunday
Trace(IntegerToDay(1), IntegerToDayInAlpha(1)) // expect: 3, Wednesday
Trace(DateToMonthInAlpha("20240229")) // expect: February
Trace(WeekNumber("20081229"), WeekNumber("20081229", iso8601)) // expect: 53, 1
Trace(WeekNumber("20100101"), WeekNumber("20100101", iso8601)) // expect: 0, 53
Trace(LastDayOfMonth(2024, 2), LastDayOfMonth(2023, 2)) // expect: 20240229, 20230228
Trace(LastDayOfMonth("20241215"), FirstDayOfMonth("20241215")) // expect: 20241231, 20241201
Trace(FirstDayOfWeek("20240303"), LastDayOfWeek("20240226")) // expect: 20240226, 20240303
Trace(TimeToInteger("12304550"), IntegerToTime(4504550)) // expect: 4504550, 12304550
Trace(TimeDifference("1200", "1130")) // expect: -180000
Trace(DateTimeDifference("199801011215", "199801031300")) // expect: +000000200450000
d is Date = "20240131"
Trace(IntegerToDate(DateToInteger(d) + 30)) // expect: 20240301
Trace(IntegerToTime(-1)) // expect error: IntegerToTime: -1 is negative
