// A Duration given to a Time is that long after midnight: 1 h 2 min is 01:02, wrapping
// at midnight as a Time plus a Duration does (INFERRED, docs/semantics.md "Time,
// DateTime, Duration"). The Time held the Duration's words, "1 h 2 min", no time.
duTrip is Duration = "0102"
tArrival is Time = duTrip
Trace(tArrival, tArrival..Hour, tArrival..Minute) // expect: 01020000, 1, 2
tArrival = 25 h 30 min
Trace(tArrival) // expect: 01300000
tArrival = 1 min 30 s 250 ms
Trace(tArrival) // expect: 00013025
