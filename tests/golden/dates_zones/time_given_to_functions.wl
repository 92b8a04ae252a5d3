// A Time given to a built-in function that wants a number counts its hundredths of a
// second since midnight, as a Time stored into a number does and as a Variant holding
// the Time already did (INFERRED, docs/semantics.md "A Time stored into a number, on
// every path"): NumToString(t), Round(t), Abs(t) used the digits HHMMSSCC (12000000).
// A function that wants a text still reads the digits.
t is Time = "1200"
t2 is Time = "0930"
Trace(NumToString(t), Round(t, 0), Abs(t), TimeToInteger(t)) // expect: 4320000, 4320000, 4320000, 4320000
v is Variant = t
Trace(NumToString(v), Round(v, 0)) // expect: 4320000, 4320000
// the larger of two times is a time
Trace(Max(t, t2), Min(t, t2)) // expect: 12000000, 09300000
// texts: the digits
Trace(Left(t, 4), Length(t), Val(t), TimeToString(t)) // expect: 1200, 8, 12000000, 12:00:00:00
Trace(StringBuild("%1-%2", t, t2)) // expect: 12000000-09300000
