// Subtracting two different kinds of Date, Time and DateTime (INFERRED, docs/semantics.md
// "Subtracting different kinds of dates and times": the stored copies of ?1514040 stop
// before the subtraction table). A Date is a point in time at midnight, so a DateTime
// minus a Date is a Duration; a Time has no date, so a Time with a Date or a DateTime is
// an error, as is anything dated taken from a Duration. They used to compute on the
// digits (Date - Time gave 9961203, DateTime - Date dropped its hours).
dDelivery is Date = "20261203"
hSlot is Time = "1030"
dtArrival is DateTime = "20261204143000"
duShift is Duration = 8 h
duWait is Duration = dtArrival - dDelivery
Trace(duWait) // expect: 1 d 14 h 30 min
Trace(duWait..InHours) // expect: 38.5
Trace((dDelivery - dtArrival)..InMinutes) // expect: -2310
Trace(dtArrival - duShift) // expect: 20261204063000000
Trace(hSlot - duShift) // expect: 02300000
Trace(dDelivery - dDelivery) // expect: 0

WHEN EXCEPTION IN
    Trace(dDelivery - hSlot) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be subtracted from a Date: a Time has no date (subtract a Duration, or make both DateTimes).
END
WHEN EXCEPTION IN
    Trace(hSlot - dDelivery) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be subtracted from a Time: a Time has no date (subtract a Duration, or make both DateTimes).
END
WHEN EXCEPTION IN
    Trace(dtArrival - hSlot) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be subtracted from a DateTime: a Time has no date (subtract a Duration, or make both DateTimes).
END
WHEN EXCEPTION IN
    Trace(hSlot - dtArrival) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A DateTime cannot be subtracted from a Time: a Time has no date (subtract a Duration, or make both DateTimes).
END
WHEN EXCEPTION IN
    Trace(duShift - hSlot) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be subtracted from a Duration (a Duration can be subtracted from a Time).
END
WHEN EXCEPTION IN
    Trace(duShift - dDelivery) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date).
END
WHEN EXCEPTION IN
    Trace(duShift - dtArrival) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A DateTime cannot be subtracted from a Duration (a Duration can be subtracted from a DateTime).
END
