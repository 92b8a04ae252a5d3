// A Date variable given a date-time text whose time no day has (25:30, 10:60) keeps that
// text, an invalid Date (DateValid False, its parts stop naming it), as a DateTime
// variable keeps the impossible time (DateTimeValid False) and DateToString stops on the
// same text (dates_zones/date_text_impossible_time_en.wl). It took the date silently,
// 20261206, the time dropped without a word. A possible time is read as before.
// (*decided*, INFERRED from DateTimeValid ?1000020940: "HH" 00-23, "mm" and "SS" 00-59)
dDelivery is Date = "2026-12-06T25:30:00"
Trace(dDelivery, DateValid(dDelivery)) // expect: 2026-12-06T25:30:00, 0
dtDelivery is DateTime = "2026-12-06T25:30:00"
Trace(dtDelivery, DateTimeValid(dtDelivery)) // expect: 20261206253000000, 0
dDelivery = "2026-12-06T10:60"
Trace(DateValid(dDelivery)) // expect: 0
WHEN EXCEPTION IN
    Trace(dDelivery..Day)
DO
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T10:60" is not a valid date (DateValid gives False for it): it has no Day.
END
// a time a day has: the date, as before
dDelivery = "2026-12-06T23:59:59"
Trace(dDelivery, DateValid(dDelivery)) // expect: 20261206, 1
dtDelivery = "2026-12-06T23:59:59"
dDelivery = dtDelivery
Trace(dDelivery) // expect: 20261206
