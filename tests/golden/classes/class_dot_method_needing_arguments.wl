// `CInv.Scale` without parentheses, Scale a method that needs an argument, is the call
// `CInv.Scale()` as `obj.Scale` is: wl check's WL104, and the run stops there with the
// same words (it was "'CInv' is a class or structure, not a variable" in wl check and
// "A string has no property 'Scale'" when it ran)
CInv is Class
	m_n is int
END
Trace(CInv.Scale(2)) // expect: 20
x is int = CInv.Scale // expect error: Scale expects 1 parameter(s) but received 0
PROCEDURE GLOBAL CInv::Scale(n is int) : int
RESULT 10 * n
