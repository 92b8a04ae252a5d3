// default values: 0 for numbers, "" for strings, False for booleans, empty arrays
i is int
r is real
c is currency
m is numeric
s is string
b is boolean
t is array of int
Trace(i, r, c, m) // expect: 0, 0, 0, 0
Trace(Length(s), b, ArrayCount(t)) // expect: 0, 0, 0
