// A number added to or taken from a DateTime counts days, as beside a Date (INFERRED from
// help pages ?2512043 and ?1000024190, docs/semantics.md "A number beside a DateTime"):
// `dt + 0.5` is 12 hours later. It counted milliseconds, and `dt - 1` stopped with
// "'1' is not a valid datetime". The result is a DateTime (TypeVar wlDateTime).
dtMeeting is DateTime = "20240115103000"
Trace(dtMeeting + 1, dtMeeting - 1) // expect: 20240116103000000, 20240114103000000
Trace(dtMeeting + 0.5, 2 + dtMeeting) // expect: 20240115223000000, 20240117103000000
Trace(TypeVar(dtMeeting + 1) = wlDateTime, (dtMeeting + 20)..Month) // expect: 1, 2
dtMeeting += 1
dtMeeting -= 0.25
Trace(dtMeeting) // expect: 20240116043000000
nDays is int = 3
v is Variant = dtMeeting
Trace(v + nDays, dtMeeting + 1 h) // expect: 20240119043000000, 20240116053000000
bLate is boolean = True
Trace(dtMeeting + bLate, dtMeeting - False) // expect: 20240117043000000, 20240116043000000
// Past 31/12/9999 (or before 01/01/0001) the run stops naming the range a DateTime holds
// (it said "Numeric overflow or invalid numeric operation."); the error can be caught.
dtFirst is DateTime = "00010101060000"
WHEN EXCEPTION IN
	dtFirst = dtFirst - 1
DO
	Trace(ExceptionInfo(errMessage)) // expect: DateTime out of range: 01/01/0001 06:00:00 - 1 d falls outside the moments a DateTime can hold, 01/01/0001 00:00:00 to 31/12/9999 23:59:59.
END
dtLast is DateTime = "99991231120000"
dtLast = dtLast + 0.5 // expect error: DateTime out of range: 31/12/9999 12:00:00 + 12 h falls outside the moments a DateTime can hold, 01/01/0001 00:00:00 to 31/12/9999 23:59:59.
