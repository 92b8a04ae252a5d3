// A number given to a Time is hundredths of a second since midnight, as TimeToInteger
// counts and the Time property's page reads an integer (?2512069; INFERRED for a Time
// variable, docs/semantics.md "Time, DateTime, Duration"): `t = 0` was "0" and
// `t = 360000` the digits 36:00:00, both refused by TimeToString.
t is Time = "1230"
t = 0
Trace(t, TimeToString(t)) // expect: 00000000, 00:00:00:00
t = 360000
Trace(TimeToString(t)) // expect: 01:00:00:00
t = TimeToInteger("10300000") + 6000
Trace(t) // expect: 10310000
STWork is Structure
	EndTime is Time
END
w is STWork
w.EndTime = 4500
Trace(w.EndTime) // expect: 00004500
