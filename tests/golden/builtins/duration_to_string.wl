// DurationToString / StringToDuration: the help page's example (doc.windev.com ?3027007)
StartTime is Time = "125324"
EndTime is Time = "140852"
MyDuration is Duration = EndTime - StartTime
Trace(DurationToString(MyDuration, durationCenti)) // expect: 001152800
Trace(DurationToString(MyDuration, "D-HH:MM")) // expect: 0-01:15
Trace(DurationToString(MyDuration, durationMilli)) // expect: 0011528000
// the largest unit in the mask absorbs the larger ones; + writes the sign of a negative
// duration and nothing before a positive one (WINDEV Mobile's runtime gives durationCenti
// the mask "+JHHMMSSLL", which writes the page's "001152800")
d is Duration = 26 h 5 min
Trace(DurationToString(d, "HH:MM")) // expect: 26:05
Trace(DurationToString(d, "D day(s) HH h MM")) // expect: 1 day(s) 02 h 05
Trace(DurationToString(StartTime - EndTime, "+HH:MM:SS")) // expect: -01:15:28
// without + a negative duration still starts with "-" (it lost its sign: docs/builtins.md)
Trace(DurationToString(StartTime - EndTime, "HH:MM:SS")) // expect: -01:15:28
Trace(DurationToString(StartTime - EndTime, durationCenti)) // expect: -001152800
Trace(DurationToString(EndTime - StartTime, "HH:MM:SS")) // expect: 01:15:28
Trace(DurationToString(90 s, "+MM:SS")) // expect: 01:30
// and back
d2 is Duration = StringToDuration("001152800", durationCenti)
Trace(d2..InSeconds, d2 = MyDuration) // expect: 4528, 1
Trace(StringToDuration("-01:30", "+HH:MM")..InMinutes) // expect: -90
Trace(StringToDuration("2 h 5 min")..InMinutes) // expect: 125
// `mm` and `ss` alone are the minutes and seconds, as a DateTime's mask writes them
// ("HH:mm" wrote "02:mm"); beside a letter they stay text (INFERRED, docs/builtins.md)
Trace(DurationToString(2 h 5 min 7 s, "HH:mm:ss"), DurationToString(90 s, "mm:ss"), DurationToString(2 h 5 min, "HHhmm")) // expect: 02:05:07, 01:30, 02hmm
Trace(StringToDuration("02:05", "HH:mm")..InMinutes, DurationToString(2 h, "HH hours passed")) // expect: 125, 02 hours passed
// "HHhmm" is no documented mask (?3027007 names D, HH, MM, SS and CCC, in capitals): the
// minutes are written by "MM"
Trace(DurationToString(2 h 5 min, "HHhMM")) // expect: 02h05
Trace(StringToDuration("1h30", "HH:MM")) // expect error: StringToDuration: '1h30' does not match the format 'HH:MM'
