// A method with several syntaxes called on a member (`m_o.M(n)`, `:m_o.M(s)` in a
// method, `c.m_o.M(n)`): the member's declared class gives the syntaxes, chosen when
// compiling as on a variable of that class (docs/semantics.md §4)
CPart is Class
	m_n is string
END
CCar is Class
	m_o is CPart
END
c is CCar
n is int = 7
Trace(c.m_o.Show(n)) // expect: int 7
c.Go() // expect: int 3
// expect: string abc
PROCEDURE CPart::Show(x is int)
RESULT "int " + x
PROCEDURE CPart::Show(s is string)
RESULT "string " + s
PROCEDURE CCar::Go()
k is int = 3
s is string = "abc"
Trace(m_o.Show(k))
Trace(:m_o.Show(s))
