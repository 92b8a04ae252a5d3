// `IDrawable is Interface ... END` (?6010017, VERIFIED: a list of method and property
// prototypes, no code) and a class line `implements IDrawable` (UNVERIFIED: the page's
// section on implementing was not stored) are read; a variable of the interface's type
// holds any object and calls its methods by name (decided: docs/semantics.md
// "Interfaces")
IDrawable is interface
	PROCEDURE Draw()
	PROCEDURE Area(): real
	PROPERTY Name <get>
END
CSquare is Class
	implements IDrawable
	m_name is string
END
s is CSquare
s.m_name = "sq"
i is IDrawable <- s
i.Draw() // expect: draw sq
Trace(i.Area(), i.Name) // expect: 4, SQ
PROCEDURE CSquare::Draw()
Trace("draw " + :m_name)
PROCEDURE CSquare::Area(): real
RESULT 4
PROCEDURE CSquare::Name() <get>
RESULT Upper(:m_name)
