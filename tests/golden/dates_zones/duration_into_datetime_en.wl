// A Duration stored into a DateTime or a Date stops the run, naming it: a length of time
// names no moment and no day. The variable held the Duration's words, "1 h 2 min", which
// DateTimeValid refused, without a word. A Time takes it as that long after midnight
// (duration_into_time_en.wl); a DateTime plus a Duration is a DateTime, as before.
// (*decided*, INFERRED: docs/semantics.md "A Duration stored into a Date or a DateTime")
STVisit is Structure
    dtStart is DateTime
END
duStay is Duration = 1 h 2 min
WHEN EXCEPTION IN
    dtArrival is DateTime = duStay
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du).
END
stVisit is STVisit
WHEN EXCEPTION IN
    stVisit.dtStart = duStay
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du).
END
vHeld is Variant = duStay
WHEN EXCEPTION IN
    dDay is Date = vHeld
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du).
END
WHEN EXCEPTION IN
    ShowDay(duStay)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration (1 h 2 min) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du).
END
// what a Duration is for: a moment plus it, and a Time that long after midnight
dtDeparture is DateTime = "2026-12-06T10:00:00"
dtBack is DateTime = dtDeparture + duStay
tLength is Time = duStay
Trace(dtBack, tLength) // expect: 20261206110200000, 01020000
// the days between two Dates stay a number of days, as before
dFirst is Date = "20261201"
dLast is Date = "20261206"
nDays is int = dLast - dFirst
Trace(nDays) // expect: 5

PROCEDURE ShowDay(dDay is Date)
Trace(dDay)
