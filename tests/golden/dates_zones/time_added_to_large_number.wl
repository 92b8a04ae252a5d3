// `i += t` and `i = i + t` with a Time: a number plus a Time is the Time moved by that
// many hundredths (as `t + n` is), so the sum is a time of day and wraps at 24 h before
// it is stored into the number as its hundredths (kept, decided: docs/semantics.md "A
// number plus a Time"; the addition table of ?1514040 has no number row). To add the
// Time's hundredths without the wrap, convert it first (TimeToInteger). A number minus
// a Time, and a Time in a product, count hundredths and do not wrap.
t is Time = "12:00:00"
i is int = 10000000
i += t
Trace(i) // expect: 5680000
i = 10000000
i = i + t
Trace(i) // expect: 5680000
i = 10000000
i += TimeToInteger(t)
Trace(i) // expect: 14320000
i = 10000000
i -= t
Trace(i, t * 3) // expect: 5680000, 12960000
// summing times of day beyond 24 h: through their hundredths
nTotal is int
FOR EACH h OF ["10:00", "09:30", "08:00"]
  tDay is Time = h
  nTotal += TimeToInteger(tDay)
END
Trace(nTotal, nTotal / 360000) // expect: 9900000, 27.5
