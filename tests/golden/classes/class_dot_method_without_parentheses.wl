// `CInv.Total` without parentheses, Total a method of the class that needs no argument,
// is `CInv::Total()`, called, as the `::` form already was (it was "'CInv' is a class or
// structure, not a variable" and, when it ran, "A string has no property 'Total'");
// on its own line it is a statement; in a derived class's method `CInv.Count` is the
// ancestor's version run on the current object
CInv is Class
	GLOBAL
		s_n is int
	PUBLIC
		m_n is int = 7
END
CBig is Class
	inherits from CInv
END
Trace(CInv.Total) // expect: 3
CInv.Bump
x is int = CInv.Total
Trace(x) // expect: 4
b is CBig
Trace(b.Twice()) // expect: 14
PROCEDURE GLOBAL CInv::Total() : int
RESULT s_n + 3
PROCEDURE GLOBAL CInv::Bump()
s_n++
PROCEDURE CInv::Count() : int
RESULT m_n
PROCEDURE CBig::Twice()
RESULT 2 * CInv.Count
