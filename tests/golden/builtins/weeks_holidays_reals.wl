// WeekToDate, PublicHoliday*, DateTimeToReal/RealToDateTime (docs/builtins.md, "Weeks, public holidays, dates as reals")
// the weeks of WeekNumber's help page, back to their Mondays
Trace(WeekToDate(2008, 52), WeekToDate(2008, 53), WeekToDate(2010, 0), WeekToDate(2010, 1)) // expect: 20081222, 20081229, 20091228, 20100104
Trace(WeekToDate(2008, 1, iso8601), WeekToDate(2009, 53, iso8601), WeekToDate(33, 2001)) // expect: 20071231, 20091228, 20010813
Trace(WeekNumber(WeekToDate(2024, 20)), DateToDayInAlpha(WeekToDate(2024, 20))) // expect: 20, Monday
PublicHolidayAdd("0101")
PublicHolidayAdd("1225")
PublicHolidayAdd(phEasterMonday)
PublicHolidayAdd(phAscensionThursday)
PublicHolidayAdd("20240815")
Trace(PublicHoliday("20240101"), PublicHoliday("20301225"), PublicHoliday("20240401"), PublicHoliday("20240509")) // expect: 1, 1, 1, 1
Trace(PublicHoliday("20240102"), PublicHoliday("20250815")) // expect: 0, 0
Trace(Replace(PublicHolidayList(2024), CR, " ")) // expect: 20240101 20240401 20240509 20240815 20241225
PublicHolidayDeleteAll()
Trace(PublicHoliday("20240101"), PublicHolidayList(2024) = "") // expect: 0, 1
// PC SOFT's help page of DateTimeToReal: "190001030600" is 3.25
Trace(DateTimeToReal("190001030600"), DateTimeToReal("20240101"), DateTimeToReal("19040102", True)) // expect: 3.25, 45292, 1
Trace(RealToDateTime(3.25), RealToDateTime(45292.5), RealToDateTime(0, True)) // expect: 19000103060000000, 20240101120000000, 19040101000000000
Trace(RealToDateTime(DateTimeToReal("20261201123456789"))) // expect: 20261201123456789
Trace(DateTimeToReal("18991231"), ErrorOccurred, RealToDateTime(-2), ErrorOccurred) // expect: -1, 1, , 1
PublicHolidayAdd("1332") // expect error: is not a day
