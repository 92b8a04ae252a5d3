// "array of N T" starts with N default elements
t is array of 3 strings
Trace(ArrayCount(t)) // expect: 3
t[2] = "mid"
Trace("[" + t[1] + "]", t[2]) // expect: [], mid
n is array of 2 int
Trace(n[1] + n[2]) // expect: 0
