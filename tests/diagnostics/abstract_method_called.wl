// an abstract method's own version called (`CShape::Area()`, `Ancestor.Area()`,
// `ExecuteAncestor()` in its redefinition): WL111, the run stops there; the word
// ABSTRACT after the parameters (or after a result type) declares it as the word
// before the name does
sq is CSquare
Trace(sq.Area(), sq.Twice(), sq.Half())
r is CRound // error: WL110:1 CRound is abstract: it does not redefine the abstract method CShape::Name, so only a class derived from it that does can be instantiated
Trace(r.Area())

CShape is a Class
END
CSquare is a Class
    inherits from CShape
END
CRound is a Class
    inherits from CShape
END
PROCEDURE CShape::Area() ABSTRACT

PROCEDURE CShape::Name() : string ABSTRACT

PROCEDURE CSquare::Name() : string
RESULT "square"

PROCEDURE CRound::Area()
RESULT 3

PROCEDURE CSquare::Area()
RESULT ExecuteAncestor() + 1 // error: WL111:8 CShape::Area is an abstract method: it has no code to run

PROCEDURE CSquare::Twice()
RESULT CShape::Area() * 2 // error: WL111:16 CShape::Area is an abstract method: it has no code to run

PROCEDURE CSquare::Half()
RESULT Ancestor.Area() / 2 // error: WL111:17 CShape::Area is an abstract method: it has no code to run
