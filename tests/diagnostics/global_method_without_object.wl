// A GLOBAL method runs without an object: a member that is not GLOBAL, named `:m_n` or
// `Object.m_n`, or a method that is not GLOBAL called by its bare name, is WL111 (the
// run stopped there, or inside the method called, and the check said so only for the
// bare member name); GLOBAL members and methods are fine
CA is Class
	m_n is int
	GLOBAL
		s_n is int
END
CA::Show()
PROCEDURE GLOBAL CA::Show()
Trace(s_n, ::s_n, :s_n)
Helper()
Trace(:m_n) // error: WL111:8 'm_n' is not a GLOBAL member of CA: a GLOBAL method runs without an object and reads only the class's GLOBAL members
Trace(Object.m_n) // error: WL111:14 'm_n' is not a GLOBAL member of CA: a GLOBAL method runs without an object and reads only the class's GLOBAL members
Bump() // error: WL111:1 'Bump' is not a GLOBAL method of CA: a GLOBAL method runs without an object and calls only the class's GLOBAL methods
PROCEDURE CA::Bump()
m_n++
PROCEDURE GLOBAL CA::Helper()
s_n++
