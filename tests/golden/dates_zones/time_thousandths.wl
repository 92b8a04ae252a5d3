// A Time holds thousandths (the Millisecond property ?2512062 sets 0 to 999 on a Time):
// its text stays "HHMMSSCC" when the thousandth is 0 and is "HHMMSSCCC" otherwise
// (docs/semantics.md "A Time holds thousandths"). They were cut to hundredths.
t is Time = "10305550"
Trace(t, t..Millisecond) // expect: 10305550, 500
t..Millisecond = 123
Trace(t, t..Millisecond) // expect: 103055123, 123
t..Millisecond += 7
Trace(t, t..Millisecond) // expect: 10305513, 130
t = t + 5 ms
Trace(t, t..Millisecond) // expect: 103055135, 135
// from a DateTime, and back into its Time part
dt is DateTime = "20240115103055123"
h is Time = dt
Trace(h, h..Millisecond, dt..Time) // expect: 103055123, 123, 103055123
Trace(TimeToString(h, "HH:MM:SS:CCC"), TimeToString(h)) // expect: 10:30:55:123, 10:30:55:12
dt..Time = t
Trace(dt) // expect: 20240115103055135
// differences and comparisons in time order, whatever the width of the texts
t2 is Time = "10305550"
Trace((t - t2)..InMilliseconds, t < t2, t2 > t) // expect: -365, 1, 1
