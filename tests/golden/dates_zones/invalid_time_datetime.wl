// A Time or DateTime given digits that name no moment (`"25:99:99"`, month 13) keeps
// them, as an invalid Date does (DateTimeValid ?1000020940 takes "a DateTime variable"
// and lists when it is invalid: such a variable can hold one); TimeValid and
// DateTimeValid say False. Using it as a time (a part, a duration added, stored into a
// number) is an error naming it (decided: docs/semantics.md "An invalid Time or
// DateTime"); the hours past 23 carried into a next day (`t.Hour` was 26).
t is Time = "25:99:99"
Trace(t, TimeValid(t), t.Valid(), t.IsValid()) // expect: 25999900, 0, 0, 0
WHEN EXCEPTION IN
	Trace(t.Hour)
DO
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): it has no Hour.
END
WHEN EXCEPTION IN
	Trace(t + 1 min)
DO
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): nothing can be added to it.
END
WHEN EXCEPTION IN
	i is int = t
DO
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): it cannot be stored into a number.
END
WHEN EXCEPTION IN
	t..Minute = 5
DO
	Trace(ExceptionInfo()) // expect: The Time "25999900" is not a valid time (TimeValid gives False for it): its Minute cannot be changed.
END
dt is DateTime = "20241345253000"
Trace(dt, DateTimeValid(dt), dt.IsValid()) // expect: 20241345253000000, 0, 0
WHEN EXCEPTION IN
	Trace(dt.Hour)
DO
	Trace(ExceptionInfo()) // expect: '20241345253000000' is not a valid datetime (DateTimeValid gives False for it).
END
// `d.IsValid()` is DateValid, as `d.Valid()` is: the digits of an invalid date read as
// a time ("20241345": 20:24:13) were TimeValid's (True)
d is Date = "20241345"
Trace(d, DateValid(d), d.Valid(), d.IsValid()) // expect: 20241345, 0, 0, 0
ok is Date = "20240229"
okt is Time = "23:59:59"
Trace(ok.IsValid(), okt.IsValid(), okt.Hour) // expect: 1, 1, 23
// A DateTime whose date is valid and its time not: IsValid is DateTimeValid (the alias
// of runtime/value_methods.py), not DateIsValid, which reads the date part only.
dtHour is DateTime = "20240101253000"
Trace(dtHour.IsValid(), DateTimeValid(dtHour), DateIsValid(dtHour)) // expect: 0, 0, 1
