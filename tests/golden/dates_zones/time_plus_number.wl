// A number added to or taken from a Time counts hundredths of a second, as an integer
// given to a Time reads (?2512069) and a Time stored into a number gives: `t + n` is
// the Time of `i + n` with `i = t` (INFERRED, docs/semantics.md "A number added to a
// Time"; it counted milliseconds). A Duration still moves it by its length.
t is Time = "120000"
Trace(t + 150, t - 100) // expect: 12000150, 11595900
Trace(t + 1 s, t + 250 ms) // expect: 12000100, 12000025
t += 6000
Trace(t) // expect: 12010000
i is int = t
t2 is Time = i + 100
Trace(t2, t + 100, t2 = t + 100) // expect: 12010100, 12010100, 1
v is Variant = t
Trace(v + 100) // expect: 12010100
