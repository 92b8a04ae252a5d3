// `CInv.Scale` without parentheses, Scale a method that needs an argument, is a
// reference to the method, as `CInv::Scale` is (it was the call `CInv.Scale()`, WL104);
// stored into a number, the run stops there, as wl check's WL110 says
CInv is Class
	m_n is int
END
Trace(CInv.Scale(2)) // expect: 20
p is procedure = CInv.Scale
Trace(p(3)) // expect: 30
x is int = CInv.Scale // expect error: A value of type procedure cannot be used as a number
PROCEDURE GLOBAL CInv::Scale(n is int) : int
RESULT 10 * n
