// Without an `implements` line, a class implements an interface only when its methods
// declare, where both sides declare one, the types the prototypes declare, as an
// `implements` line's check compares them: Area(n is string) for Area(n is int) does
// not, and the store stops where wl check says WL110; a method declaring no type fits
// (INFERRED, docs/semantics.md "Interfaces"). The counts alone were compared.
IShape is Interface
	PROCEDURE Area(n is int) : int
END
CText is Class
END
CWide is Class
END
CRound is Class
END
CLoose is Class
END
i is IShape
WHEN EXCEPTION IN
	i <- new CText() // wl: ignore[WL110] (the run stops here)
DO
	Trace(ExceptionInfo()) // expect: The class CText does not implement the interface IShape: its object cannot be stored in a variable of IShape.
END
t is CText
Trace(t is IShape) // expect: 0
w is CWide
Trace(w is IShape) // expect: 0
i <- new CRound()
Trace(i.Area(2)) // expect: 6
i <- new CLoose()
Trace(i.Area(3)) // expect: 3
PROCEDURE CText.Area(n is string)
RESULT Length(n)
PROCEDURE CWide.Area(n is int) : string
RESULT n
PROCEDURE CRound.Area(n is int) : int
RESULT n * 3
PROCEDURE CLoose.Area(n)
RESULT n
