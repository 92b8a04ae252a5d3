// without an `implements` line, a class implements an interface only when each of its
// methods takes the counts of arguments the prototype allows, as `implements` asks: a
// method that only shares the name (Area(n is int) for Area()) does not make it, and the
// store stops where wl check says so; a parameter with a default value still fits
// (INFERRED, docs/semantics.md "Interfaces")
IShape is Interface
	PROCEDURE Area()
END
CSquare is Class
	m_side is int = 3
END
CRound is Class
	m_radius is int = 2
END
i is IShape
WHEN EXCEPTION IN
	i <- new CSquare() // wl: ignore[WL110] (the run stops here)
DO
	Trace(ExceptionInfo()) // expect: The class CSquare does not implement the interface IShape: its object cannot be stored in a variable of IShape.
END
sq is CSquare
Trace(sq is IShape) // expect: 0
i <- new CRound()
Trace(i.Area()) // expect: 12
r is CRound
Trace(r is IShape) // expect: 1
PROCEDURE CSquare.Area(n is int)
RESULT m_side * m_side * n
PROCEDURE CRound.Area(n is int = 3)
RESULT m_radius * m_radius * n
