// ArrayInsert, ArrayDelete and ArraySeek
t is array of int = [10, 20, 30]
Trace(ArrayInsert(t, 2, 15)) // expect: 2
ArrayDelete(t, 4)
Trace(t[1], t[2], t[3], ArrayCount(t)) // expect: 10, 15, 20, 3
Trace(ArraySeek(t, asLinear, 20)) // expect: 3
Trace(ArraySeek(t, asLinear, 99)) // expect: -1
ArrayAdd(t, 15)
Trace(ArraySeek(t, asLinearLast, 15)) // expect: 4
Trace(ArraySeek(t, asLinearNext, 15, 2)) // expect: 2
Trace(ArraySeek(t, asLinearNext, 15, 3)) // expect: 4
