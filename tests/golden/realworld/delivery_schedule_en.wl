// Delivery promises: business days skipping week-ends and public holidays, a cut-off
// time, DateTime arithmetic across a month end, durations between scans, week numbers.
arrHolidays is array of Date = ["20251225", "20251226", "20260101"]

dtA is DateTime = "20251219143000"
dtB is DateTime = "20251219153000"
dtC is DateTime = "20251227100000"
dtD is DateTime = "20251224090000"
FOR EACH dt OF [dtA, dtB, dtC, dtD]
	d is Date = Promise(dt, 2)
	Trace(DateTimeToString(dt, "DD/MM HH:mm") + " -> " + DateToString(d, "DDDD DD/MM/YYYY") + " (week " + WeekNumber(d) + ", ISO " + WeekNumber(d, iso8601) + ")")
END
// expect: 19/12 14:30 -> Tuesday 23/12/2025 (week 52, ISO 52)
// expect: 19/12 15:30 -> Wednesday 24/12/2025 (week 52, ISO 52)
// expect: 27/12 10:00 -> Wednesday 31/12/2025 (week 53, ISO 1)
// expect: 24/12 09:00 -> Tuesday 30/12/2025 (week 53, ISO 1)

// scans of a parcel: time between scans and in total
arrScans is array of DateTime = ["20251230084500", "20251230231000", "20251231061500", "20260102091005"]
duTotal is Duration
FOR i = 2 _TO_ arrScans..Count
	duStep is Duration = arrScans[i] - arrScans[i - 1]
	duTotal += duStep
	Trace("leg " + (i - 1) + ": " + Truncate(duStep..InHours) + " h " + duStep..Minute + " min")
END
Trace("total " + duTotal..Day + " days, " + duTotal..Hour + " h " + duTotal..Minute + " min " + duTotal..Second + " s")
// expect: leg 1: 14 h 25 min
// expect: leg 2: 7 h 5 min
// expect: leg 3: 50 h 55 min
// expect: total 3 days, 0 h 25 min 5 s

// a month-end cut: the last working day of each month of a quarter
FOR nMonth = 10 TO 12
	dLast is Date = LastDayOfMonth(2025, nMonth)
	WHILE NOT IsWorkingDay(dLast)
		dLast..Day--
	END
	Trace(DateToString(dLast, "MMMM") + ": " + DateToString(dLast, "DD"))
END
// expect: October: 31
// expect: November: 28
// expect: December: 31

PROCEDURE IsWorkingDay(d is Date) : boolean
	IF DateToDay(d) >= 6 THEN RESULT False
	RESULT ArraySeek(arrHolidays, asLinear, d) = -1

PROCEDURE AddWorkingDays(d is Date, n is int) : Date
	dRes is Date = d
	WHILE n > 0
		dRes..Day++
		IF IsWorkingDay(dRes) THEN n--
	END
	RESULT dRes

PROCEDURE Promise(dtOrder is DateTime, nDays is int) : Date
	dStart is Date = dtOrder..Date
	// past 15:00 or on a closed day, the order counts from the next working day
	IF dtOrder..Hour >= 15 OR NOT IsWorkingDay(dStart) THEN
		dStart = AddWorkingDays(dStart, 1)
	END
	RESULT AddWorkingDays(dStart, nDays)
