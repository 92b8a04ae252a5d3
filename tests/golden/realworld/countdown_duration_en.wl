// A countdown shown as "2 d 03:15:00" from a Duration
dtNow is DateTime = "20251201091500"
dtDue is DateTime = "20251203123000"
duLeft is Duration = dtDue - dtNow
Trace(Countdown(duLeft))
Trace(DurationToString(duLeft, "D d HH:MM:SS"))
Trace(duLeft..Day, duLeft..Hour, duLeft..Minute, duLeft..Second)
Trace(duLeft..InHours, duLeft..InMinutes, duLeft..InDays)
Trace(Countdown(45 min 30 s))
Trace(Countdown(dtNow - dtDue))
Trace(Countdown(0 s))
dtXmas is DateTime = "20251225000000"
Trace("Christmas in " + Countdown(dtXmas - dtNow))
// expect: 2 d 03:15:00
// expect: 2 d 03:15:00
// expect: 2, 3, 15, 0
// expect: 51.25, 3075, 2.13541666666667
// expect: 00:45:30
// expect: over
// expect: over
// expect: Christmas in 23 d 14:45:00

PROCEDURE Countdown(LOCAL du is Duration) : string
	IF du <= 0 s THEN RESULT "over"
	sResult is string
	IF du..InDays >= 1 THEN sResult = IntegerPart(du..InDays) + " d "
	RESULT sResult + NumToString(du..Hour, "02d") + ":" + NumToString(du..Minute, "02d") + ":" + NumToString(du..Second, "02d")
