// A method with several syntaxes called on an object variable (not dynamic) that was
// given Null stops with the Null-object error, as a method with one syntax does: the
// syntax chosen when the code was compiled ran with no object, failing only at its
// first member ("A value of type Null has no member 'x'", inside the method)
CPoint is Class
	x is int
END
p is CPoint
p.x = 4
p.Show(1) // expect: int, 1, 4
p.Show("a", 2) // expect: text, a, 2, 4
p = Null
p.Show(1) // expect error: p is Null: no CPoint object to use 'Show' on (it was given Null)

PROCEDURE CPoint::Show(n is int)
Trace("int", n, x)

PROCEDURE CPoint::Show(s is string, n is int)
Trace("text", s, n, x)
