// ExecuteAncestor() in a method runs the ancestor's version of that method on the same
// object: with this method's own parameters, or with the arguments given
CShape is Class
	m_name is string
END
CSquare is Class
	inherits from CShape
END
s is CSquare
s.m_name = "sq"
Trace(s.Area(3)) // expect: 91
Trace(s.Describe("big")) // expect: shape sq (big, square)
Trace(s.Scale(2)) // expect: 40
ExecuteAncestor() // expect error: ExecuteAncestor runs the code of a window or control template
PROCEDURE CShape::Area(n)
RESULT n * 30
PROCEDURE CSquare::Area(n)
RESULT ExecuteAncestor() + 1
PROCEDURE CShape::Describe(what)
RESULT "shape " + :m_name + " (" + what
PROCEDURE CSquare::Describe(what)
RESULT ExecuteAncestor() + ", square)"
PROCEDURE CShape::Scale(k)
RESULT k * 10
PROCEDURE CSquare::Scale(k)
RESULT ExecuteAncestor(k * 2)
