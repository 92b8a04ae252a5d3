// A Variant's Null equals a numeric holding 0, as it equals an int's or a currency's 0
// (?1514019: an unassigned Variant equals 0 and ""): a numeric's value is marked a
// numeric (NumericHeld), and the Null test once knew only the plain number types.
n is numeric = 0
v is Variant = Null
Trace(v = n, n = v) // expect: 1, 1
Trace(v <> n) // expect: 0
c is currency = 0
Trace(v = c) // expect: 1
u is Variant // wl: ignore[WL204]
Trace(u = n) // expect: 1
t is array of numeric = [0, 2]
Trace(v = t[1], v = t[2]) // expect: 1, 0
n = 5
Trace(v = n) // expect: 0
