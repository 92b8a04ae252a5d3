// Today gives an 8-digit YYYYMMDD date and Now an 8-digit HHMMSSCC time
d is string = Today()
t is string = Now()
Trace(Length(d), Length(t)) // expect: 8, 8
Trace(DateValid(d)) // expect: 1
Trace(Left(d, 2) = "20") // expect: 1
Trace(Val(Left(t, 2)) < 24) // expect: 1
