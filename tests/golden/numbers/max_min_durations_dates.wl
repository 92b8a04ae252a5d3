// Max and Min over Durations, Dates, Times and DateTimes (INFERRED, docs/semantics.md
// "Max and Min of Durations and dates": the Max page is not among the stored pages).
// A Duration compares by its length (a number beside it counts milliseconds, as `>`
// does) and the result is a Duration; a Date, Time or DateTime by the moment it names,
// a text beside it read as that type reads it. Max refused a Duration, and a Time was
// compared with a text by characters (Max(hOpen, "09:00") was "09:00").
duShort is Duration = 45 min
duLong is Duration = 2 h
Trace(Max(duShort, duLong), Min(duShort, duLong)) // expect: 2 h, 45 min
Trace(Max(duShort, 0), Min(duShort, 1000)) // expect: 45 min, 1 s
Trace(Max(1 h, 30 min, 90 min), TypeVar(Max(duShort, 5)) = wlDuration) // expect: 1 h 30 min, 1
arrLengths is array of Duration = [1 h, 3 h, 2 h]
Trace(Max(arrLengths), Min(arrLengths, duShort)) // expect: 3 h, 45 min
hOpen is Time = "0830"
Trace(Max(hOpen, "09:00"), Min(hOpen, "0900"), Max(hOpen, "07:00")) // expect: 09000000, 08300000, 08300000
dDue is Date = "20240105"
dPaid is Date = "20231231"
Trace(Max(dDue, dPaid), Min(dDue, dPaid), Max(dDue, "2024-02-01")) // expect: 20240105, 20231231, 20240201
Trace(TypeVar(Max(dDue, dPaid)) = wlDate) // expect: 1
dtSent is DateTime = "20240105103000"
Trace(Max(dtSent, dDue), Min(dtSent, dDue)) // expect: 20240105103000000, 20240105
// the difference of two dates still counts its days (`Max(0, dReturn - dDue)`)
Trace(Max(0, dPaid - dDue), Max(0, dDue - dPaid)) // expect: 0, 5
// kinds on no common scale
WHEN EXCEPTION IN
    Trace(Max(duShort, dDue)) // wl: ignore[WL115] (what wl check says; the run is caught here)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Max cannot compare a Duration with a Date: they are not measured on one scale.
END
WHEN EXCEPTION IN
    Trace(Min(dDue, hOpen)) // wl: ignore[WL115] (what wl check says; the run is caught here)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Min cannot compare a Time with a Date: they are not measured on one scale.
END
WHEN EXCEPTION IN
    Trace(Max(dDue, 3)) // wl: ignore[WL115] (what wl check says; the run is caught here)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Max cannot compare a Date with a number: they are not measured on one scale.
END
// an empty Date comes before every date, as the texts' comparison had it
dNone is Date = ""
Trace(Max(dDue, dNone), "[" + Min(dDue, dNone) + "]") // expect: 20240105, []
WHEN EXCEPTION IN
    Trace(Max(dDue, "abc"))
DO
    Trace(ExceptionInfo(errMessage)) // expect: Max: 'abc' is not a valid date (DateValid gives False for it).
END
// interval tests compare the same way
Trace(30 min <= duShort <= 1 h, "2024-01-01" <= dDue <= "2024-12-31", "08:00" <= hOpen <= "09:00") // expect: 1, 1, 1
