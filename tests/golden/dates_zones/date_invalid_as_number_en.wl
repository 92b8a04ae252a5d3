// A Date that names no day (a date-time text whose time no day has, kept whole; digits
// that name no day) stops the run when stored into a number or subtracted from a date,
// as an invalid Time does ("not a valid time: it cannot be stored into a number"). Its
// number was the text's leading digits: 2026 in an int, a currency and a numeric, and
// d - "20261201" was -20259175, without a word. A valid Date is its digits as before.
// (*decided*, INFERRED: docs/semantics.md "An invalid Date")
dDelivery is Date = "2026-12-06T25:30:00"
nDay is int
mDay is currency
nnDay is numeric
WHEN EXCEPTION IN
    nDay = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    mDay = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    nnDay = dDelivery
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
    Trace(dDelivery - "20261201")
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T25:30:00" is not a valid date (DateValid gives False for it): no date can be taken from it nor it from a date.
END
Trace(nDay, mDay, nnDay) // expect: 0, 0, 0
dDelivery = "20261332"
WHEN EXCEPTION IN
    Trace("20261201" - dDelivery)
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "20261332" is not a valid date (DateValid gives False for it): no date can be taken from it nor it from a date.
END
// a valid Date: its digits, as before
dDelivery = "2026-12-06T23:59:59"
nDigits is int = dDelivery
mDigits is currency = dDelivery
Trace(nDigits, mDigits, dDelivery - "20261201", dDelivery - "5") // expect: 20261206, 20261206, 5, 20261201
