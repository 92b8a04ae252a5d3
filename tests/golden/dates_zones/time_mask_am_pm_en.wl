// "AP" in a time mask writes AM before noon and PM from noon, and the mask's HH is then
// the hour on a 12-hour clock (12 at noon and at midnight), in TimeToString,
// DateTimeToString and a Time's or DateTime's ToString: PC SOFT's ExtensionProcedures
// example formats `dt.ToString("MM-DD-AA HH:mm AP")`. It was written as it stood:
// "14:05 AP"; StringToTime reads it back. (*decided*, INFERRED: docs/builtins.md "AP in a
// time mask")
tMeeting is Time = "14:05:00"
Trace(TimeToString(tMeeting, "HH:mm AP")) // expect: 02:05 PM
Trace(TimeToString("09:05:30", "HH:mm:SS AP")) // expect: 09:05:30 AM
Trace(TimeToString("12:00", "HH:mm AP"), TimeToString("00:10", "HH:mm AP")) // expect: 12:00 PM, 12:10 AM
Trace(tMeeting.ToString("HH:mm AP")) // expect: 02:05 PM
dtDeparture is DateTime = "2026-12-06T23:45:00"
Trace(DateTimeToString(dtDeparture, "DD/MM/YYYY HH:mm AP")) // expect: 06/12/2026 11:45 PM
Trace(dtDeparture.ToString("MM-DD-AA HH:mm AP")) // expect: 12-06-26 11:45 PM
// without AP, the 24-hour clock as before; a word holding the letters stays as written
Trace(TimeToString(tMeeting, "HH:mm"), TimeToString(tMeeting, "HH:mm CAPE")) // expect: 14:05, 14:05 CAPE
// StringToTime reads what it writes: 12 AM is midnight, an hour past 12 names no time
Trace(StringToTime("02:05 PM", "HH:mm AP"), StringToTime("12:10 am", "HH:mm AP"), StringToTime("13:00 PM", "HH:mm AP") = "") // expect: 14050000, 00100000, 1
