// A Date that names no day ("2026-12-06T25:30:00", kept whole) stops the run when stored
// into a number member of a structure, a number element of an array, given to ArrayAdd
// or to a number parameter, as it does in a plain variable: each gave 2026, its text's
// leading digits, without a word (ArrayAdd and a Variant holding it: a Python error).
// A Time into the same places is its hundredths, a valid Date its digits, as before.
// (*decided*, INFERRED: docs/semantics.md "An invalid Date")
STOrder is Structure
    nDay is int
    mDay is currency
    nTime is int
END
dDelivery is Date = "2026-12-06T25:30:00"
stOrder is STOrder
arrDays is array of 2 int
aaDays is associative array of real
arrGrown is array of int
WHEN EXCEPTION IN
    stOrder.nDay = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    stOrder.mDay = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    arrDays[1] = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    aaDays["first"] = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    ArrayAdd(arrGrown, dDelivery)
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be used as a number.
END
vHeld is Variant = dDelivery
WHEN EXCEPTION IN
    Trace(vHeld = 5)
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be used as a number.
END
WHEN EXCEPTION IN
    ShowDays(dDelivery)
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be used as a number.
END
Trace(stOrder.nDay, stOrder.mDay, arrDays[1], ArrayCount(arrGrown)) // expect: 0, 0, 0, 0
// a valid Date: its digits; a Time: its hundredths
dDelivery = "2026-12-06T23:59:59"
tStart is Time = "12:30:00"
stOrder.nDay = dDelivery
stOrder.nTime = tStart
arrDays[2] = dDelivery
ArrayAdd(arrGrown, dDelivery)
Trace(stOrder.nDay, stOrder.nTime, arrDays[2], arrGrown[1]) // expect: 20261206, 4500000, 20261206, 20261206

PROCEDURE ShowDays(nDays is int)
Trace(nDays)
