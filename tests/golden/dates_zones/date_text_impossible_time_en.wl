// A date-time text whose time is impossible (25:30) given to DateTimeToString: the error
// names DateTimeToString, the function the line calls, and the text it was given (it
// named TimeToString, to which the time part was handed). DateToString stops on it too:
// it printed the day, the impossible time silently dropped (INFERRED, docs/builtins.md
// "A date function given an impossible time"). A possible time is read as before.
sImpossible is string = "2026-12-06T25:30:00"
sDigits is string = "20261206253000"
sShort is string = "202612061075"
WHEN EXCEPTION IN
    Trace(DateTimeToString(sImpossible))
DO
    Trace(ExceptionInfo(errMessage)) // expect: DateTimeToString: '2026-12-06T25:30:00' is not a valid datetime (expected YYYYMMDDHHMMSS).
END
WHEN EXCEPTION IN
    Trace(DateTimeToString(sShort))
DO
    Trace(ExceptionInfo(errMessage)) // expect: DateTimeToString: '202612061075' is not a valid datetime (expected YYYYMMDDHHMMSS).
END
WHEN EXCEPTION IN
    Trace(DateToString(sImpossible))
DO
    Trace(ExceptionInfo(errMessage)) // expect: DateToString: '2026-12-06T25:30:00' is not a valid date (expected YYYYMMDD).
END
WHEN EXCEPTION IN
    Trace(DateToString(sDigits))
DO
    Trace(ExceptionInfo(errMessage)) // expect: DateToString: '20261206253000' is not a valid date (expected YYYYMMDD).
END
Trace(DateToString("2026-12-06T23:30:00"), DateTimeToString("2026-12-06T23:30:00")) // expect: 06/12/2026, 06/12/2026 23:30:00:00
