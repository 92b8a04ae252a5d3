// A Time compared with a number compares its hundredths of a second since midnight, the
// count a Time stored into a number gives and an integer given to a Time reads (INFERRED:
// the stored copy of "Operations on dates, times, datetimes and durations" ?1514040 stops
// before its comparison section; docs/semantics.md "A Time compared with a number").
// It compared the digits HHMMSSCC: `t = 4320000` was false at 12:00, `t < 100` false at
// 00:00:00.50. A Variant holding a Time already compared its hundredths.
t is Time = "1200"
Trace(t = 4320000, 4320000 = t, t <> 4320000) // expect: 1, 1, 0
Trace(t < 100, t > 100, 100 < t) // expect: 0, 1, 1
n is int = 4320000
r is real = 4320000
m is currency = 4320000
v is Variant = 4320000
Trace(t = n, t = r, t = m, t = v) // expect: 1, 1, 1, 1
h is Time = "00000050"
Trace(h < 100, h = 50) // expect: 1, 1
// texts still read as a Time, two Times by their order in the day
Trace(t = "12:00", t = "1200", t < "1300") // expect: 1, 1, 1
u is Time = "1300"
Trace(t < u, u > t, t = u) // expect: 1, 1, 0
w is Variant = t
Trace(w = 4320000, w = t) // expect: 1, 1
SWITCH t
	CASE 4320000: Trace("noon") // expect: noon
	OTHER CASE: Trace("other")
END
Trace(t IN (100, 4320000), t IN ("12:00")) // expect: 1, 1
