// A Date, Time or DateTime beside a Variant (or an untyped parameter) holding another
// of them computes as two declared ones do: a Time taken from a Date stops with the
// same words (it gave "9 h 55 min 3 s 150 ms"; a Time minus a Variant's DateTime gave
// "0 s"); a number of days still moves the Date.
dDay is Date = "20250315"
tAt is Time = "1030"
vAt is Variant = tAt
vDays is Variant = 3
Trace(dDay + vDays, dDay - vDays, vDays + dDay) // expect: 20250318, 20250312, 20250318
WHEN EXCEPTION IN
	Trace(dDay - vAt)
DO
	Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be subtracted from a Date: a Time has no date (subtract a Duration, or make both DateTimes).
END
Gap(dDay, tAt) // expect: A Time cannot be subtracted from a Date: a Time has no date (subtract a Duration, or make both DateTimes).

PROCEDURE Gap(pFrom, tTo is Time)
WHEN EXCEPTION IN
	Trace(pFrom - tTo)
DO
	Trace(ExceptionInfo(errMessage))
END
