// A text given to a part of a Date, Time or DateTime is that part's digits: within the
// part's valid range (DateTimeValid ?1000020940) it sets it, outside it is an error
// (INFERRED, docs/semantics.md "A text given to a part"); `dt..Hour = "2100"` carried
// 2100 hours into a date 87 days on. A number still carries.
dtMeeting is DateTime = "20240115103000"
dtMeeting..Hour = "21"
Trace(dtMeeting) // expect: 20240115213000000
dtMeeting..Hour = 25
Trace(dtMeeting) // expect: 20240116013000000
dtMeeting..Time = "2100"
Trace(dtMeeting) // expect: 20240116210000000
dtMeeting..Hour = "2100" // expect error: The hour of a DateTime cannot be set to the text "2100"
