// a lone capital D, J or M in a DateToString / StringToDate mask is the day or month
// without a leading zero (INFERRED: docs/builtins.md "Single-letter date tokens");
// inside a word it stays text; DurationToString's French masks write the days J
d is Date = "20240305"
Trace(DateToString(d, "D/M/YYYY")) // expect: 5/3/2024
Trace(DateToString("20241225", "D/M/YYYY")) // expect: 25/12/2024
Trace(DateToString(d, "Day D of month M")) // expect: Day 5 of month 3
Trace(DateToString(d, "MM-DD-YYYY")) // expect: 03-05-2024
Trace(StringToDate("5/3/2024", "D/M/YYYY")) // expect: 20240305
Trace(StringToDate("25/12/2024", "D/M/YYYY")) // expect: 20241225
Trace(StringToDate("3-5-24", "M-D-YY")) // expect: 20240305
Trace(StringToTime("9:5", "HH:M")) // expect: 09050000
Trace("[" + StringToTime("5", "D") + "]") // expect: []
Trace(DateTimeToString("20240305091500", "D/M/YYYY HH:MM")) // expect: 5/3/2024 09:15
du is Duration = 2 d 3 h
Trace(DurationToString(du, "D d HH:MM")) // expect: 2 d 03:00
// the help page's own example (?3027007)
StartTime is Time = "125324"
EndTime is Time = "140852"
MyDuration is Duration = EndTime - StartTime
Trace(DurationToString(MyDuration, "D-HH:MM")) // expect: 0-01:15
// StringToDate reads a month's name (MMMM, MMM) and checks a day's (DDDD, DDD), as
// DateToString writes them; an unknown name gives ""
Trace(StringToDate("5 March 2024", "D MMMM YYYY")) // expect: 20240305
Trace(StringToDate("Tuesday 05 Mar 2024", "DDDD DD MMM YYYY")) // expect: 20240305
Trace(StringToDate(DateToString("20241225", "DDDD D MMMM YYYY"), "DDDD D MMMM YYYY")) // expect: 20241225
Trace("[" + StringToDate("5 Foo 2024", "D MMMM YYYY") + "]") // expect: []
