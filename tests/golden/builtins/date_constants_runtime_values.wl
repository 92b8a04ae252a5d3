// Values of the date and duration constants as WINDEV Mobile's runtime reads them
// (api/WDAPIDate_Commun.java; docs/builtins.md "Constant values"): iso8601 is the text
// "<ISO8601>" that WeekToDate compares its format with; a duration mask given as a
// number is durationMilli's "+DHHMMSSCCC" for 0, durationCenti's "+DHHMMSSCC" otherwise.
Trace(iso8601, durationMilli, durationCenti)   // expect: <ISO8601>, 0, 1
Trace(WeekToDate(2010, 1, iso8601), WeekToDate(2010, 1, "<iso8601>"), WeekToDate(2010, 1))   // expect: 20100104, 20100104, 20100104
Trace(WeekNumber("20100101", iso8601), WeekNumber("20100101"))   // expect: 53, 0
d is Duration = 1 h 15 min 28 s
Trace(DurationToString(d, durationCenti), DurationToString(d, 1), DurationToString(d, 0))   // expect: 001152800, 001152800, 0011528000
Trace(DurationToString(-d, durationCenti), DurationToString(d, "+HH:MM"))   // expect: -001152800, 01:15
Trace(StringToDuration("+001152800", durationCenti) = d, StringToDuration("-0011528000", durationMilli) = -d)   // expect: 1, 1
// maskSystemDate (and maskSystemTime) is the text the runtime replaces by the project's
// format (core/utils/hb.java): here "DD/MM/YYYY" and "HH:MM:SS"
Trace(maskSystemDate, maskSystemTime = maskSystemDate)   // expect: UseSystemMask, 1
Trace(DateToString("20191225", maskSystemDate), TimeToString("171500", maskSystemTime))   // expect: 25/12/2019, 17:15:00
Trace(DateTimeToString("201912251715", maskSystemDate), StringToDate("25/12/2019", maskSystemDate))   // expect: 25/12/2019 17:15:00, 20191225
Trace(WeekNumber("20100101", 1))   // expect error: WeekNumber: unknown format '1' (use iso8601).
