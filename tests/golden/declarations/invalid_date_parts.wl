// a Date holding digits that name no day ("20231345": month 13, day 45) stays as it was
// given and DateValid says False; reading or changing one of its parts, or adding days
// to it, is a WLanguage error naming the value (decided: docs/semantics.md "An invalid
// Date"), no longer "A string has no property 'Month'" or the digits joined to the number
d is Date = "20231345"
Trace(d, DateValid(d)) // expect: 20231345, 0
WHEN EXCEPTION IN
    Trace(d.Month)
DO
    Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no Month.
END
WHEN EXCEPTION IN
    Trace(d..DayOfWeek)
DO
    Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no day of the week.
END
WHEN EXCEPTION IN
    d..Year = 2020
DO
    Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): its Year cannot be changed.
END
WHEN EXCEPTION IN
    Trace(d - 1)
DO
    Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
END
v is variant = "20230231"
WHEN EXCEPTION IN
    Trace(v..Day)
DO
    Trace(ExceptionInfo()) // expect: The Date "20230231" is not a valid date (DateValid gives False for it): it has no Day.
END
d = "20240229"
Trace(d.Month, d..Day, d + 1) // expect: 2, 29, 20240301
d = "hello"
WHEN EXCEPTION IN
    Trace(d..Year)
DO
    Trace(ExceptionInfo()) // expect: The Date "hello" is not a valid date (DateValid gives False for it): it has no Year.
END
d = "٢٠٢٤٠١٠١"
Trace(DateValid(d)) // expect: 0
s is string = "hello"
Trace(s..Day) // expect error: A string has no property 'Day'.
