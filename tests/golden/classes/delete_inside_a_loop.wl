// A loop that reads or writes an object's members keeps the object's members at hand
// (docs/architecture.md "Speed of generated code"); an object freed by `delete` in the
// loop, or in a procedure the loop calls, is still freed for every reference there:
// reading or writing a member through another reference stops, as outside a loop
// (decided: docs/semantics.md "Destructors and dynamic objects"). Before, the loop went
// on reading the freed object's old members.
CPoint is Class
    x is int
END
o is CPoint dynamic = new CPoint
p is CPoint dynamic = o
o.x = 10
t is int
FOR i = 1 TO 3
    WHEN EXCEPTION IN
        t = t + p.x + 1
        Trace(i, t)
    DO
        Trace(i, ExceptionInfo(errMessage))
    END
    IF i = 2 THEN delete o
END
// expect: 1, 11
// expect: 2, 22
// expect: 3, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.
a is CPoint dynamic = new CPoint
b is CPoint dynamic = a
FOR i = 1 TO 3
    WHEN EXCEPTION IN
        b.x = i
        Trace("stored", b.x)
    DO
        Trace(i, ExceptionInfo(errMessage))
    END
    IF i = 1 THEN FreeIt(a)
END
// expect: stored, 1
// expect: 2, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.
// expect: 3, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.

PROCEDURE FreeIt(q is CPoint dynamic)
delete q
