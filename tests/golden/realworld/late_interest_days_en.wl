// Late-payment interest day by day, on an exact/365 or exact/360 basis: the number of
// days by DateDifference or by the difference of two Dates, a leap year, a payment made
// early (no interest), the flat 40 EUR compensation by Max.
dDue is Date = "20250115"
dPaid is Date = "20250415"
Trace(DateDifference(dDue, dPaid)) // expect: 90
Trace(dPaid - dDue) // expect: 90
Trace(Interest(10000, 4.5, dDue, dPaid)) // expect: 110.96
Trace(Interest(10000, 4.5, dDue, dPaid, 360)) // expect: 112.5
// 2024 is a leap year: one day more
Trace(DateDifference("20240115", "20240415")) // expect: 91
Trace(Interest(10000, 4.5, "20240115", "20240415", 365)) // expect: 112.19
// paid before the due date: no interest
Trace(Interest(10000, 4.5, dPaid, dDue)) // expect: 0
mPenalty is currency = Max(Interest(1500, 10.15, dDue, dPaid), 40)
Trace(mPenalty) // expect: 40
nDaysLate is int = dPaid - dDue
Trace(nDaysLate) // expect: 90
dLimit is Date = dDue + 30
Trace(dLimit, DateToString(dLimit, "DD/MM/YYYY"), dLimit..Month, dLimit..Day) // expect: 20250214, 14/02/2025, 2, 14

PROCEDURE Interest(mCapital is currency, rYearlyRate is real, dStart is Date, dEnd is Date, nBasis is int = 365) : currency
nDays is int = DateDifference(dStart, dEnd)
IF nDays <= 0 THEN RESULT 0
RESULT Round(mCapital * rYearlyRate / 100 * nDays / nBasis, 2)
