// A time function given the text a Time variable takes ("09:30", "17:45:30") reads it as
// the variable does, as a date function reads "2026-12-06" (it stopped: "not a valid time
// (expected HHMMSSCC)"). INFERRED: the pages take "a string HHMMSSCC or a Time";
// docs/semantics.md. "9h30" and an hour past 23 still stop, quoting the text written.
tStart is Time = "09:30"
Trace(TimeToString(tStart), TimeToString("09:30")) // expect: 09:30:00:00, 09:30:00:00
Trace(TimeToString("17:45:30", "HH:MM")) // expect: 17:45
Trace(TimeToInteger("00:01") = TimeToInteger("0001")) // expect: 1
Trace(TimeDifference("08:00", "17:30")) // expect: 3420000
Trace(TimeValid("09:30"), TimeValid("0930")) // expect: 0, 1
Trace(TimeToString("25:00")) // expect error: TimeToString: '25:00' is not a valid time (expected HHMMSSCC).
