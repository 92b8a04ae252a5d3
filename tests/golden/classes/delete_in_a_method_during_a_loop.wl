// A loop that reads an object's members tests at each read that the object was not
// freed, unless no `delete` can run while the loop runs (docs/architecture.md "Speed of
// generated code"). Here the only `delete` is in a method the loop calls: the proof
// fails, the test stays, and the read after the method freed the object stops.
CPoint is Class
    x is int
END
CKeeper is Class
    m_point is CPoint dynamic
END
o is CPoint dynamic = new CPoint
o.x = 10
k is CKeeper
k.m_point = o
t is int
FOR i = 1 TO 3
    WHEN EXCEPTION IN
        t = t + o.x + 1
        Trace(i, t)
    DO
        Trace(i, ExceptionInfo(errMessage))
    END
    IF i = 2 THEN k.Drop()
END
// expect: 1, 11
// expect: 2, 22
// expect: 3, This CPoint object was freed (delete / libérer), so no reference to it can be used any more.
// A loop where nothing frees: the same reads, the object never freed
u is int
FOR i = 1 TO 3
    u = u + i
END
Trace(u)
// expect: 6

PROCEDURE CKeeper::Drop()
delete m_point
