// DateTimeToString given a Time (its 8 digits "HHMMSSCC" look like a date's): the error
// names DateTimeToString and the datetime it was given; it named DateToString, to which
// the date part was handed, and called the value a date. A Date is that day at midnight.
hStart is Time = "1030"
WHEN EXCEPTION IN
    Trace(DateTimeToString(hStart))
DO
    Trace(ExceptionInfo(errMessage)) // expect: DateTimeToString: '10300000' is not a valid datetime (expected YYYYMMDDHHMMSS).
END
dDay is Date = "20240105"
Trace(DateTimeToString(dDay), DateTimeToString("202401051030")) // expect: 05/01/2024 00:00:00:00, 05/01/2024 10:30:00:00
