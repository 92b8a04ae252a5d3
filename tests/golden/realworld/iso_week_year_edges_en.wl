// ISO week and its year at the year's edges (week 53, week 1 in December)
arrDates is array of Dates = ["20201231", "20210101", "20210103", "20210104", "20241230", "20241231", "20250101", "20151231", "20160103", "20261231", "20270101"]
FOR EACH d OF arrDates
	Trace(DateToString(d, "DDD DD/MM/YYYY"), WeekNumber(d, iso8601), IsoYear(d), WeekLabel(d), WeekNumber(d))
END
Trace(DateToString(Week1Monday(2021), "DD/MM/YYYY"), DateToString(Week1Monday(2025), "DD/MM/YYYY"), DateToString(Week1Monday(2016), "DD/MM/YYYY"))
Trace(IsoWeeksInYear(2020), IsoWeeksInYear(2021), IsoWeeksInYear(2026))
// expect: Thu 31/12/2020, 53, 2020, 2020-W53, 53
// expect: Fri 01/01/2021, 53, 2020, 2020-W53, 0
// expect: Sun 03/01/2021, 53, 2020, 2020-W53, 0
// expect: Mon 04/01/2021, 1, 2021, 2021-W01, 1
// expect: Mon 30/12/2024, 1, 2025, 2025-W01, 53
// expect: Tue 31/12/2024, 1, 2025, 2025-W01, 53
// expect: Wed 01/01/2025, 1, 2025, 2025-W01, 1
// expect: Thu 31/12/2015, 53, 2015, 2015-W53, 53
// expect: Sun 03/01/2016, 53, 2015, 2015-W53, 0
// expect: Thu 31/12/2026, 53, 2026, 2026-W53, 53
// expect: Fri 01/01/2027, 53, 2026, 2026-W53, 0
// expect: 04/01/2021, 30/12/2024, 04/01/2016
// expect: 53, 52, 53

PROCEDURE IsoYear(d is Date) : int
	nWeek is int = WeekNumber(d, iso8601)
	IF nWeek >= 52 AND d..Month = 1 THEN RESULT d..Year - 1
	IF nWeek = 1 AND d..Month = 12 THEN RESULT d..Year + 1
	RESULT d..Year

PROCEDURE WeekLabel(d is Date)
	RESULT IsoYear(d) + "-W" + NumToString(WeekNumber(d, iso8601), "02d")

PROCEDURE Week1Monday(nYear is int) : Date
	dJan4 is Date
	dJan4..Year = nYear
	dJan4..Month = 1
	dJan4..Day = 4
	RESULT dJan4 - (DateToWeekDay(dJan4) - 1)

PROCEDURE IsoWeeksInYear(nYear is int) : int
	dDec28 is Date = nYear + "1228"
	RESULT WeekNumber(dDec28, iso8601)
