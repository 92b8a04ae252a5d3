// A Variant given a Date, a Time or a DateTime keeps the value and its type: TypeVar
// answers wlDate / wlTime / wlDateTime (it said wlString), the kind's properties read
// (a Time's ..Hour failed), + and - compute as on the declared kinds, and the value is
// still its digits wherever a text is wanted (docs/semantics.md, "A Variant holding a
// Date, Time or DateTime").
d is Date = "20240131"
v is Variant = d
Trace(TypeVar(v) = wlDate, v..Year, v..Month, v..Day) // expect: 1, 2024, 1, 31
v = v + 1
Trace(v, TypeVar(v) = wlDate, v..Month) // expect: 20240201, 1, 2
Trace(v = "20240201", v > d, v - d) // expect: 1, 1, 1
t is Time = "1015"
vt is Variant = t
Trace(TypeVar(vt) = wlTime, vt..Hour, vt..Minute) // expect: 1, 10, 15
vt = vt + 2 h
Trace(vt, TypeVar(vt) = wlTime) // expect: 12150000, 1
vt = t + 30 min
Trace(vt..Minute, TypeVar(vt) = wlTime) // expect: 45, 1
dt is DateTime = "20240115173000"
vdt is Variant = dt
Trace(TypeVar(vdt) = wlDateTime, vdt..Hour, vdt - "20240115153000") // expect: 1, 17, 2 h
vToday is Variant = Today()
Trace(TypeVar(vToday) = wlDate) // expect: 1
// Still the digits as text: length, extraction, concatenation, keys
Trace(Length(v), Left(v, 4), "on " + v) // expect: 8, 2024, on 20240201
aa is associative array of int
aa[v] = 7
Trace(aa["20240201"]) // expect: 7
// A Variant given a text of digits stays a string
vs is Variant = "20240131"
Trace(TypeVar(vs) = wlString) // expect: 1
