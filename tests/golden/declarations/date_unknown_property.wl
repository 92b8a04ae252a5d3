// a property that a Date, Time or DateTime does not have is an error naming the declared
// type (the value is held as text: it said "A string has no property"); the parts the
// Day (?2512043) and Month (?2512052) pages list still read, `..` or `.`
d is Date = "20011225"
Trace(d.Day, d..Month, d..Year) // expect: 25, 12, 2001
WHEN EXCEPTION IN
    Trace(d..WeekDay) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: A Date has no property 'WeekDay'.
END
WHEN EXCEPTION IN
    Trace(d.WeekDay) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: A Date has no property 'WeekDay'.
END
t is Time = "10300000"
WHEN EXCEPTION IN
    Trace(t..Day) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: A Time has no property 'Day'.
END
dt is DateTime = "20011225103000000"
WHEN EXCEPTION IN
    Trace(dt..Week) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: A DateTime has no property 'Week'.
END
s is string = "abc"
WHEN EXCEPTION IN
    Trace(s..Day)
DO
    Trace(ExceptionInfo()) // expect: A string has no property 'Day'.
END
