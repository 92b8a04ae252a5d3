// a method named without parentheses on an element of an array of objects, or on the
// variable of a FOR EACH over it, is called, as on a variable of the class (it stopped
// with "'Twice' is not a member of the class C" while wl check accepted it)
C is Class
	m_n is int = 2
END
t is array of C dynamic
ArrayAdd(t, new C)
FOR EACH p OF t
	Trace(p.Twice) // expect: 4
END
Trace(t[1].Twice + 1) // expect: 5
PROCEDURE C::Twice()
RESULT m_n * 2
