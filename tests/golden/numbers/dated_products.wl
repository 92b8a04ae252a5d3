// `*`, `/` and `%` beside a Date, Time, DateTime or Duration (INFERRED, docs/semantics.md
// "Products of dates, times and durations": the stored copy of ?1514040 has its addition
// table only). A Duration is multiplied or divided by a number; a Time beside a number
// counts its hundredths of a second; a Date or a DateTime only moves, so no product takes
// one; the other pairs stop with an error naming both types. `90 min * dDate` gave
// "1265006 d 13 h 30 min", `dDate / 3` a number, `du * du` a count of milliseconds squared.
dDue is Date = "20240105"
hStart is Time = "0830"
dtStamp is DateTime = "20240105103000"
duSlot is Duration = 90 min
duBreak is Duration = 20 min
nCount is int = 3
cRate is currency = 2.5
Trace(duSlot * nCount, duSlot / nCount, duSlot * 0.5) // expect: 4 h 30 min, 30 min, 45 min
Trace(Val("3") * 1 d, nCount * duBreak) // expect: 3 d, 1 h
// by a currency or a numeric too (it gave the milliseconds as a number, 13500000)
nShare is numeric = 0.4
Trace(duSlot * cRate, cRate * duSlot, duSlot / cRate, duSlot * nShare) // expect: 3 h 45 min, 3 h 45 min, 36 min, 36 min
Trace(duSlot / duBreak, duSlot % duBreak) // expect: 4.5, 10 min
Trace(hStart * 2, hStart / 100) // expect: 6120000, 30600
// a currency of days moves a Date as a real does (its whole days): the digits were joined
Trace(dDue + cRate, dDue - cRate) // expect: 20240107, 20240103
// `+` with a text joins the texts, a Duration's readable text too
Trace(duSlot + " each", "Pause: " + duBreak) // expect: 1 h 30 min each, Pause: 20 min

WHEN EXCEPTION IN
    Trace(duSlot * dDue) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration).
END
WHEN EXCEPTION IN
    Trace(90 min * dDue) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration).
END
WHEN EXCEPTION IN
    Trace(dDue / nCount) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be divided by a number (a Date is moved by adding or subtracting a number of days or a Duration).
END
WHEN EXCEPTION IN
    Trace(dtStamp * 2) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A DateTime cannot be multiplied by a number (a DateTime is moved by adding or subtracting a Duration).
END
WHEN EXCEPTION IN
    Trace(duSlot * duBreak) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Duration (a Duration is multiplied by a number).
END
WHEN EXCEPTION IN
    Trace(hStart * duBreak) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be multiplied by a Duration (a Time counts as its hundredths of a second only beside a number).
END
WHEN EXCEPTION IN
    Trace(60 / duSlot) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A number cannot be divided by a Duration (a Duration can be divided by a number, not a number by a Duration).
END
WHEN EXCEPTION IN
    Trace(duSlot % nCount) // wl: ignore[WL113] (it fails when it runs, on purpose)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be divided (%) by a number (take the remainder of a Duration by another Duration, or of its ..InSeconds by a number).
END
// the same where only the run knows the kinds: a Variant holding a Date or a Duration
vDay is Variant = dDue
vLength is Variant = duSlot
Trace(vLength * 2, vLength / duBreak) // expect: 3 h, 4.5
WHEN EXCEPTION IN
    Trace(vLength * vDay)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration).
END
// `%` too (it computed on the milliseconds or the digits: `vLength % 3` was 0)
WHEN EXCEPTION IN
    Trace(vLength % nCount)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be divided (%) by a number (take the remainder of a Duration by another Duration, or of its ..InSeconds by a number).
END
WHEN EXCEPTION IN
    Trace(vDay % 7)
DO
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be divided (%) by a number (a Date is moved by adding or subtracting a number of days or a Duration).
END
