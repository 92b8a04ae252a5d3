// a PRIVATE member or method of a class is for its own methods only: a derived class's
// method naming it (by its bare name, `:m_x`, `Object.m_x`, a call) is WL112, as code
// outside the class is; PROTECTED ones are the derived classes' too
CBase is Class
	PRIVATE
		m_secret is int = 5
	PROTECTED
		m_shared is int = 6
END
CKid is Class
	inherits from CBase
END
k is CKid
Trace(k.Peek(), k.Own())
PROCEDURE CKid::Peek()
m_secret = 1 // error: WL112:1 'm_secret' is a private member of the class CBase: only its own methods can use it
n is int = :m_secret // error: WL112:13 'm_secret' is a private member of the class CBase: only its own methods can use it
n += Object.m_secret // error: WL112:13 'm_secret' is a private member of the class CBase: only its own methods can use it
RESULT n + m_shared + Hidden() // error: WL112:23 'Hidden' is a private member of the class CBase: only its own methods can use it
PROCEDURE CBase::Own()
RESULT m_secret + :m_secret + Hidden()
PROCEDURE PRIVATE CBase::Hidden()
RESULT m_secret
