// A Variant's Null in <, <=, >, >= stands for the empty value of the other operand's kind
// (0, or "" so below every Date, Time, DateTime), for every kind, as in = (decided,
// docs/semantics.md "Null": a Variant's Date, a Time, numbers and Durations stopped the
// run with "Null cannot be ordered" while a declared Date gave 0/1).
z is Variant = Null
d is Date = "20240105"
vd is Variant = d
t is Time = "1230"
vt is Variant = t
dt is DateTime = "20240105123000"
Trace(d < z, z < d, vd < z, z < vd, z >= vd)   // expect: 0, 1, 0, 1, 0
Trace(t < z, z < t, vt < z, z <= vt, dt < z, z < dt)   // expect: 0, 1, 0, 1, 0, 1
n is int = 3
m is int = -3
r is real = 0
du is Duration = 5s
Trace(n < z, z < n, m < z, r <= z, r < z, du > z, z >= du)   // expect: 0, 1, 1, 1, 0, 1, 0
s is string = "a"
Trace(s > z, z < s, z < z, z <= z, z > Null)   // expect: 1, 1, 0, 1, 0
