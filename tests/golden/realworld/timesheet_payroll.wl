// Weekly timesheet: hours per day, total, overtime and gross pay
CONSTANT
	STANDARD_WEEK = 35 // hours
	OVERTIME_RATE = 1.25
END
STClocking is Structure
	sDay is string
	hIn1 is Time
	hOut1 is Time
	hIn2 is Time
	hOut2 is Time
END
arrWeek is array of STClocking = [ ...
	["Monday", "0800", "1200", "1300", "1730"], ...
	["Tuesday", "0815", "1200", "1300", "1800"], ...
	["Wednesday", "0900", "1230"], ...
	["Thursday", "0745", "1200", "1245", "1915"], ...
	["Friday", "0800", "1200", "1300", "1600"]]
duTotal is Duration
hEarliest is Time = "2359"
sEarliestDay is string
FOR EACH stC OF arrWeek
	duDay is Duration = (stC.hOut1 - stC.hIn1) + (stC.hOut2 - stC.hIn2)
	duTotal += duDay
	Trace(Complete(stC.sDay, 10) + DurationToString(duDay, "HH:MM"))
	IF stC.hIn1 < hEarliest THEN
		hEarliest = stC.hIn1
		sEarliestDay = stC.sDay
	END
END
// expect: Monday    08:30
// expect: Tuesday   08:45
// expect: Wednesday 03:30
// expect: Thursday  10:45
// expect: Friday    07:00
Trace("Total: " + duTotal.InHours + " h") // expect: Total: 38.5 h
Trace("Earliest arrival: " + sEarliestDay + " at " + TimeToString(hEarliest, "HH:mm")) // expect: Earliest arrival: Thursday at 07:45
rOvertime is real = Max(0, duTotal.InHours - STANDARD_WEEK)
Trace("Overtime: " + rOvertime) // expect: Overtime: 3.5
mRate is currency = 14.50
mGross is currency = STANDARD_WEEK * mRate + Round(rOvertime * mRate * OVERTIME_RATE, 2)
Trace("Gross: " + NumToString(mGross, "10.2f")) // expect: Gross:     570.94
// The shortest lunch break (days worked in the afternoon)
duBreak is Duration = 10 h
FOR EACH stC OF arrWeek
	IF stC.hIn2 = "00000000" THEN CONTINUE
	IF stC.hIn2 - stC.hOut1 < duBreak THEN duBreak = stC.hIn2 - stC.hOut1
END
Trace("Shortest break: " + duBreak.InMinutes + " min") // expect: Shortest break: 45 min
