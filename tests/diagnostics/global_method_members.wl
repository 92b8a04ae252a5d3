// a GLOBAL method runs on the class, without an object: naming a member that is not
// GLOBAL there (read or written) is WL111, deferred (the run stops at it); its GLOBAL
// members and constants are fine
CBase is Class
	GLOBAL
		s_n is int
	PUBLIC
		m_x is int
	CONSTANT
		LIMIT = 10
	END
END
Trace(CBase::Next(), CBase::Bad())
CBase::Reset()
PROCEDURE GLOBAL CBase::Next()
s_n++
RESULT s_n + LIMIT
PROCEDURE GLOBAL CBase::Bad()
RESULT m_x // error: WL111:8 'm_x' is not a GLOBAL member of CBase: a GLOBAL method runs without an object and reads only the class's GLOBAL members
PROCEDURE GLOBAL CBase::Reset()
m_x = 0 // error: WL111:1 'm_x' is not a GLOBAL member of CBase: a GLOBAL method runs without an object and reads only the class's GLOBAL members
s_n = 0
