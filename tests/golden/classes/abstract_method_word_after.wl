// `PROCEDURE C::M() ABSTRACT` (or after a result type, `: string abstract`): the word
// after the parameters makes the method abstract,
// as before the name (it was "unexpected 'ABSTRACT'"); calling an abstract method's own
// version (`CShape::Area()`, `Ancestor.Area()`, `ExecuteAncestor()` in a redefinition)
// stops in words naming the method: it has no code to run (docs/semantics.md "Abstract
// methods"). wl check reports it (WL111) with a hint.
CShape is a Class
END
CSquare is a Class
    inherits from CShape
    side is int
END
CCircle is a Class
    inherits from CShape
END
sq is CSquare
sq.side = 3
d is dynamic CShape = sq
Trace(d.Area(), d.Name()) // expect: 9, square
c is dynamic CCircle
Trace(c = Null) // expect: 1
Trace(sq.Twice())

PROCEDURE CShape::Area() ABSTRACT

PROCEDURE CShape::Name() : string abstract

PROCEDURE CSquare::Area()
RESULT side * side

PROCEDURE CSquare::Name()
RESULT "square"

PROCEDURE CSquare::Twice()
RESULT CShape::Area() * 2 // expect error: CShape::Area is an abstract method: it has no code to run
