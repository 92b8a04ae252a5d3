// A timesheet: a shift past midnight. An end time before the start time: the difference
// of two Times is a negative Duration, 24 h corrects it; with DateTimes the date follows
// and nothing needs correcting. The week's total, a 45 min break taken off each shift,
// the total in decimal hours and as HH:MM.
tStart is Time = "2200"
tEnd is Time = "0630"
duShift is Duration
IF tEnd < tStart THEN
	duShift = (tEnd - tStart) + 24 h
ELSE
	duShift = tEnd - tStart
END
Trace(duShift..InMinutes, duShift..Hour, duShift..Minute) // expect: 510, 8, 30
Trace(duShift) // expect: 8 h 30 min
// with DateTimes, nothing to correct
dtStart is DateTime = "20251231220000"
dtEnd is DateTime = dtStart
dtEnd..Date = "20260101"
dtEnd..Hour = 6
dtEnd..Minute = 30
duNight is Duration = dtEnd - dtStart
Trace(duNight..InHours, duNight.InMinutes) // expect: 8.5, 510
Trace(DateTimeToString(dtEnd, "DD/MM/YYYY HH:mm")) // expect: 01/01/2026 06:30
// the week's total
duWeek is Duration
arrShifts is array of strings = ["2200-0630", "2300-0700", "1400-2200", "2130-0545"]
FOR EACH sShift OF arrShifts
	t1 is Time = ExtractString(sShift, 1, "-")
	t2 is Time = ExtractString(sShift, 2, "-")
	du is Duration = t2 - t1
	IF du < 0 s THEN du += 24 h
	du -= 45 min
	duWeek += du
	Trace(sShift, du..InMinutes)
END
// expect: 2200-0630, 465
// expect: 2300-0700, 435
// expect: 1400-2200, 435
// expect: 2130-0545, 450
Trace(duWeek..InHours, DurationToString(duWeek, "HH:MM")) // expect: 29.75, 29:45
// a Time moved past midnight comes back to 0 h
tClockIn is Time = "2330"
tClockIn = tClockIn + 45 min
Trace(TimeToString(tClockIn, "HH:MM")) // expect: 00:15
