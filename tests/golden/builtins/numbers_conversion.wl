// NumToString formats, Val reads a leading number
Trace(NumToString(3.14159, "5.2f")) // expect:  3.14
Trace(NumToString(42, "05d")) // expect: 00042
Trace(NumToString(255, "x")) // expect: ff
Trace(NumToString(1234567.891, "12.2fS")) // expect: 1 234 567.89
Trace(NumToString(123)) // expect: 123
Trace(Val("12abc")) // expect: 12
Trace(Val("3.5") * 2) // expect: 7
Trace(Val("abc")) // expect: 0
Trace(Val("ff", "x")) // expect: 255
