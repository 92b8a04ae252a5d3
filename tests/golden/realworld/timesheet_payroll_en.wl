// Weekly timesheets to payroll: a structure per shift, a procedure set style of
// helpers, Duration sums, overtime past 35 h, currency rounding, a report built as text.
STShift is Structure
	sEmployee is string
	dDay is Date
	hStart is Time
	hEnd is Time
	duBreak is Duration
END

CONSTANT
	WEEK_HOURS = 35
	OVERTIME_RATE = 1.25
END

arrShifts is array of STShift
aaRates is associative array of currency
aaRates["ALICE"] = 18.50
aaRates["BOB"] = 15.75


AddShift("alice", "01/12/2025", "0800", "1700")
AddShift("alice", "02/12/2025", "0800", "1830", 45)
AddShift("alice", "03/12/2025", "0800", "1800")
AddShift("alice", "04/12/2025", "0800", "1800", 60)
AddShift("bob", "01/12/2025", "1400", "2200", 0)
AddShift("bob", "03/12/2025", "1400", "2100")


aaMinutes is associative array of int
FOR EACH st OF arrShifts
	aaMinutes[st.sEmployee] += WorkedMinutes(st)
END

FOR EACH nMin, sWho OF aaMinutes
	nHours is real = nMin / 60
	nOver is real = Max(0, nHours - WEEK_HOURS)
	moPay is currency = (nHours - nOver) * aaRates[sWho] + nOver * aaRates[sWho] * OVERTIME_RATE
	Trace(StringBuild("%1: %2 h (%3 overtime), pay %4", sWho, NumToString(nHours, "5.2f"), ...
		NumToString(nOver, ".2f"), NumToString(moPay, "10.2f")))
END
// expect: ALICE: 36.75 h (1.75 overtime), pay     687.97
// expect: BOB: 14.50 h (0.00 overtime), pay     228.38

// the longest day, by sorting a copy of the array on a computed column
arrDays is array of STShift = arrShifts
ArraySort(arrDays, asMember, "-hEnd")
Trace("Latest end: " + arrDays[1].sEmployee + " " + DateToString(arrDays[1].dDay, "DDDD DD MMMM") + " " + TimeToString(arrDays[1].hEnd, "HH:MM"))
// expect: Latest end: BOB Monday 01 December 22:00

// a week-day count with SWITCH on ranges
nWeekend is int
nWeek is int
FOR EACH st OF arrShifts
	SWITCH DateToDay(st.dDay)
		CASE 6, 7 : nWeekend++
		CASE 1 TO 5 : nWeek++
	END
END
Trace("week days " + nWeek + ", week-end " + nWeekend)
// expect: week days 6, week-end 0

PROCEDURE AddShift(sWho is string, sDay is string, sFrom is string, sTo is string, nBreakMin is int = 30)
	st is STShift
	st.sEmployee = Upper(sWho)
	st.dDay = StringToDate(sDay, "DD/MM/YYYY")
	st.hStart = sFrom
	st.hEnd = sTo
	st.duBreak = nBreakMin * 60 * 1000 // milliseconds
	ArrayAdd(arrShifts, st)

PROCEDURE WorkedMinutes(st is STShift) : int
	duDay is Duration = st.hEnd - st.hStart
	RESULT duDay..InMinutes - st.duBreak..InMinutes
