// A Time stored into a number is its hundredths of a second since midnight, the count an
// integer given to a Time reads (?2512069) and TimeToInteger gives: `i = t; t2 = i`
// gives t back (INFERRED, docs/semantics.md "A Time stored into a number"). It was the
// digits HHMMSSCC, so 12:00 became 12000000 and came back as 09:20.
t is Time = "1200"
i is int = t
Trace(i, TimeToInteger(t)) // expect: 4320000, 4320000
t2 is Time = i
Trace(t2, t2 = t) // expect: 12000000, 1
r is real = t
m is currency = t
n is numeric = t
Trace(r, m, n) // expect: 4320000, 4320000, 4320000
// a thousandth is dropped, as TimeToInteger drops it
t..Millisecond = 5
i = t
Trace(i) // expect: 4320000
// members, elements, a Variant holding a Time, a Time given to an integer parameter
STRUCTURE Slot
  nStart is int
END
s is Slot
t3 is Time = "013000"
s.nStart = t3
ti is array of int
ArrayAdd(ti, t3)
v is Variant = t3
j is int = v
Trace(s.nStart, ti[1], j, Hundredths(t3)) // expect: 540000, 540000, 540000, 540000
k is int = EndOfDay()
Trace(k, IntegerToTime(k)) // expect: 8639999, 23595999
PROCEDURE Hundredths(x is int)
  RESULT x
PROCEDURE EndOfDay() : Time
  RESULT "23595999"
