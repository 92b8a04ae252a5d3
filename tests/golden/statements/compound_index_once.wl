// t[Next()] += 10 and t[Next()]++ call Next() once each: the element read is the one written
n is int = 0
t is array of 5 int
t[Next()] += 10
t[Next()]++
Trace(t[1], t[2], t[3], n) // expect: 10, 1, 0, 2
m is array of 2 by 2 int
m[Next() - 2, 1] -= 4
Trace(m[1, 1], m[2, 1], n) // expect: -4, 0, 3
a is associative array of string
a[Key()] += "x"
a[Key()] += "y"
Trace(a["k4"], a["k5"], n) // expect: x, y, 5
PROCEDURE Next()
n++
RESULT n
PROCEDURE Key()
n++
RESULT "k" + n
