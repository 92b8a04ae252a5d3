// A Duration given a string written as a clock: hours (any width), minutes, seconds and
// thousandths (decided, docs/semantics.md; ?1514069 names only "+DHHMMSSCCC", still read)
d is Duration = "00:00:02"
Trace(d..InSeconds) // expect: 2
e is Duration = "36:30"
Trace(e..InMinutes, e) // expect: 2190, 1 d 12 h 30 min
f is Duration = "-1:15:00.25"
Trace(f..InMilliseconds) // expect: -4500250
g is Duration = "+0000002000"
Trace(g..InSeconds) // expect: 2
h is Duration = 0
Trace(h) // expect: 0 s
h = "12:75" // expect error: '12:75' is not a duration.
