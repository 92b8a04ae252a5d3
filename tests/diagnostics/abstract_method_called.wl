// an abstract method's own version called (`CShape::Area()`, `Ancestor.Area()`,
// `ExecuteAncestor()` in its redefinition): WL111, the run stops there; the word
// ABSTRACT after the parameters declares it as the word before the name does
sq is CSquare
Trace(sq.Area(), sq.Twice(), sq.Half())

CShape is a Class
END
CSquare is a Class
    inherits from CShape
END
PROCEDURE CShape::Area() ABSTRACT

PROCEDURE CSquare::Area()
RESULT ExecuteAncestor() + 1 // error: WL111:8 CShape::Area is an abstract method: it has no code to run

PROCEDURE CSquare::Twice()
RESULT CShape::Area() * 2 // error: WL111:16 CShape::Area is an abstract method: it has no code to run

PROCEDURE CSquare::Half()
RESULT Ancestor.Area() / 2 // error: WL111:17 CShape::Area is an abstract method: it has no code to run
