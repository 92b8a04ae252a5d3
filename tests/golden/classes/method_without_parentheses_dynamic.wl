// `obj.Area` without parentheses where only the run knows obj's class (an interface
// variable, a variant, `object dynamic`, an element of an array of an interface) calls
// the object's method too, as when the class is known (docs/semantics.md "Routines named
// without parentheses"); a variant holding named members keeps reading them
IShape is Interface
    PROCEDURE Area()
END
CSquare is Class
    implements IShape
    m_side is int
END
s is CSquare
s.m_side = 3
i is IShape = s
Trace(i.Area) // expect: 9
v is variant = s
Trace(v.Area + 1) // expect: 10
o is object dynamic = s
Trace(o.Area) // expect: 9
shapes is array of IShape
shapes.Add(s)
FOR EACH x OF shapes
    Trace(x.Area, x.m_side) // expect: 9, 3
END
members is variant // wl: ignore[WL204]
members.Area = 5
Trace(members.Area) // expect: 5
PROCEDURE CSquare::Area()
RESULT m_side * m_side
