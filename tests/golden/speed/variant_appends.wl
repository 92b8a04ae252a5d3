// `s = s + x` on a variant appends in place while s holds a string (compiler/appends.py);
// any other value adds as before.
s is variant = ""
FOR i = 1 TO 5
    s = s + i % 10
END
Trace(s) // expect: 12345
s += 6 + 1
s = s + "-" + 8
Trace(s) // expect: 123457-8
n is variant = 10
n = n + 5
n += "1"
Trace(n) // expect: 151
n = n + "x"
Trace(n) // expect: 151x
m is variant = 2.5
m = m + 1
Trace(m) // expect: 3.5
// a global, or a piece computed by a procedure, takes the general path: s is read first
t is variant = "a"
t = t + Grow()
Trace(t) // expect: ab
t = t + Length(t) + NumToString(3, "02d")
Trace(t) // expect: ab203
Trace(KeepsOrder()) // expect: xy

PROCEDURE Grow()
t = t + "a"
RESULT "b"

PROCEDURE KeepsOrder()
v is variant = "x"
v = v + Change()
RESULT v
    PROCEDURE INTERNAL Change()
    v = "changed"
    RESULT "y"
    END
