// a class that declares it implements an interface but lacks one of its methods: wl check
// says so at the `implements` line (WL110, with the class, interface and method); the run
// goes on (a deferred error) and fails only where the missing method is called
IDrawable is interface
	PROCEDURE Draw()
	PROCEDURE Area(): real
END
CSquare is Class
	implements IDrawable // wl: ignore[WL110]
	m_side is int
END
s is CSquare
s.m_side = 3
d is IDrawable <- s
Trace(d.Area()) // expect: 9
d.Draw() // expect error: The class CSquare has no method 'Draw'.

PROCEDURE CSquare::Area(): real
RESULT m_side * m_side
