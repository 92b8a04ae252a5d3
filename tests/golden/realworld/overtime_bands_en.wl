// Weekly overtime: 25 % from 35 h to 43 h, 50 % above
// (DurationToString with "HH:mm", minutes written as a DateTime mask writes them,
// gave "09:mm": docs/builtins.md "Durations as text")
STWorkDay is Structure
	dDay is Date
	tIn is Time
	tOut is Time
	duBreak is Duration
END

arrWeek is array of STWorkDay
stDay is STWorkDay
dMonday is Date = "20250602"
FOR i = 0 TO 4
	stDay.dDay = dMonday + i
	stDay.tIn = "8:00"
	stDay.tOut = (i = 4 ? "16:00" ELSE "18:15")
	stDay.duBreak = 45 min
	ArrayAdd(arrWeek, stDay)
END
duTotal is Duration
FOR EACH stEach OF arrWeek
	duTotal += WorkedTime(stEach)
	Trace(DateToString(stEach.dDay, "DDD DD/MM"), DurationToString(WorkedTime(stEach), "HH:mm"))
END
Trace("Week: " + DurationToString(duTotal, "HH:mm"), duTotal..InHours)
Trace("Gross: " + OvertimePay(duTotal, 12.50))
Trace("35 h exactly: " + OvertimePay(35 h, 12.50))
Trace("40 h: " + OvertimePay(40 h, 12.50))
// expect: Mon 02/06, 09:30
// expect: Tue 03/06, 09:30
// expect: Wed 04/06, 09:30
// expect: Thu 05/06, 09:30
// expect: Fri 06/06, 07:15
// expect: Week: 45:15, 45.25
// expect: Gross: 604.6875
// expect: 35 h exactly: 437.5
// expect: 40 h: 515.625

PROCEDURE WorkedTime(LOCAL stD is STWorkDay) : Duration
	duDay is Duration = stD.tOut - stD.tIn
	RESULT duDay - stD.duBreak

PROCEDURE OvertimePay(duWeek is Duration, curRate is currency, *)
	duBase is Duration = 35 h
	duStep is Duration = 43 h
	curTotal is currency = 0
	IF duWeek <= duBase THEN
		curTotal = duWeek..InHours * curRate
	ELSE
		curTotal = 35 * curRate
		du25 is Duration = Min(duWeek, duStep) - duBase
		curTotal += du25..InHours * curRate * 1.25
		IF duWeek > duStep THEN
			du50 is duration = duWeek - duStep
			curTotal += du50..InHours * curRate * 1.5
		END
	END
	RESULT curTotal
