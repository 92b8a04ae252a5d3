// A range of MyParameters passed on (`Bump(MyParameters[1 TO])`) gives the callee this
// procedure's parameters by reference, as naming them would: what the callee assigns
// comes back into them, and on to the caller's variables (decided: docs/semantics.md,
// MyParameters); a `*` argument stays as the caller gave it
a is int = 1
b is int = 2
Forward(a, b) // expect: in Forward 2, 12
Trace(a, b) // expect: 2, 12
Some(a, b) // expect: 2, 22
c is int = 5
Star(c)
Trace(c) // expect: 5
o is CBump
ToMethod(o, a, b) // expect: in ToMethod 3, 32
Trace(a, b) // expect: 3, 32
PROCEDURE Forward(p1, p2)
Bump(MyParameters[1 TO])
Trace("in Forward " + p1 + ", " + p2)
PROCEDURE Some(p1, p2)
BumpSecond(p1, MyParameters[2 TO 2])
Trace(p1 + ", " + p2)
PROCEDURE Star(*)
Bump(MyParameters[1 TO], 0)
PROCEDURE Bump(x, y)
x++
y += 10
PROCEDURE BumpSecond(x, y)
y += 10
PROCEDURE ToMethod(obj is CBump, p1, p2)
obj.Bump(MyParameters[2 TO])
Trace("in ToMethod " + p1 + ", " + p2)

CBump is Class
END
PROCEDURE CBump::Bump(x, y)
x++
y += 10
