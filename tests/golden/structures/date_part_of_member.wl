// A part of a Date or Time member or element set or changed (`ts[i].d..Day = 5`,
// `o.t..Minute += 80`): the member gets the changed date (it failed: "A value of type
// string has no member 'day'"); the element's subscript is computed once.
ST is Structure
  d is Date
  t is Time
END
ts is array of 3 ST
ts[1].d = "20240131"
ts[1].d..Day = 5
Trace(ts[1].d) // expect: 20240105
ts[1].d..Month += 1
Trace(ts[1].d) // expect: 20240205
ts[1].t = "1000"
ts[1].t..Minute += 80
Trace(Left(ts[1].t, 4)) // expect: 1120
n is int
ts[2].d = "20240101"
ts[Next()].d..Day += 1
Trace(n, ts[1].d, ts[2].d) // expect: 1, 20240205, 20240102
PROCEDURE Next()
n++
RESULT n + 1
