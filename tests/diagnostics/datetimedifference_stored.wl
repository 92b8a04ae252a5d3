// DateTimeDifference gives a text of hundredths, "+DDDDDDDHHMMSSCC" (?3027020: "to
// assign this result to a Duration variable, use StringToDuration with durationCenti"):
// stored into a Duration it is read as milliseconds, into a number as its digits. WL206
// says so (the check said nothing; a Duration held 23 min for 2 h 30 min).
dtStart is DateTime = "20250312143000"
dtEnd is DateTime = "20250312170000"
duGap is Duration = DateTimeDifference(dtStart, dtEnd) // warning: WL206:1 'duGap' is a Duration: DateTimeDifference gives a text of hundredths (+DDDDDDDHHMMSSCC), which a Duration reads as milliseconds (+DHHMMSSCCC): 2 h 30 min becomes 23 min; use StringToDuration(..., durationCenti) or subtract the two DateTimes (dt2 - dt1 is a Duration)
nMinutes is int
nMinutes = DateTimeDifference(dtStart, dtEnd) // warning: WL206:1 'nMinutes' is an integer: DateTimeDifference gives a text (+DDDDDDDHHMMSSCC), stored as the number its digits make (2 h 30 min gives 2300000), not a count of minutes; use StringToDuration(..., durationCenti) or subtract the two DateTimes (dt2 - dt1 is a Duration)
// the page's ways: no warning
duGap = StringToDuration(DateTimeDifference(dtStart, dtEnd), durationCenti)
sGap is string = DateTimeDifference(dtStart, dtEnd)
duOther is Duration = dtEnd - dtStart
Trace(duGap, nMinutes, sGap, duOther)
