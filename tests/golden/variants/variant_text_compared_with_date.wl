// A Variant holding a text, compared with a Date, Time or DateTime, reads the text as
// that type reads it, as a declared string compared with one does ("2024-01-05" is the
// 5th of January; "20240105" a DateTime at midnight); it compared the text's characters
// with the digits, so "2024-01-05" came before every date and equalled none. Any other
// value the Variant holds (a number, a date, Null) compares as before. (decided:
// docs/semantics.md "A Variant holding a text compared with a date")
dtMeeting is DateTime = "20240105103000"
dDay is Date = "20240105"
tStart is Time = "1030"
v is Variant = "2024-01-05"
Trace(v = dDay, v < dtMeeting, dtMeeting > v)   // expect: 1, 1, 1
v = "20240105103000"
Trace(v = dtMeeting, v <> dtMeeting)   // expect: 1, 0
v = "20991231"
Trace(v < dtMeeting, v > dDay)   // expect: 0, 1
v = "10:30"
Trace(v = tStart)   // expect: 1
s is string = "2024-01-05"
Trace(s = dDay, v = tStart)   // expect: 1, 1
v = "2024-01-05"
Trace(dDay IN (v, "x"))   // expect: 1
SWITCH dDay
	CASE v : Trace("the 5th")   // expect: the 5th
	OTHER CASE : Trace("another day")
END
v = dDay
Trace(v = dDay, v < dtMeeting)   // expect: 1, 1
