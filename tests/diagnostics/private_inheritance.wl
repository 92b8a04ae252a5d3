// A private inheritance (?6010007: "if the inheritance is private, only the methods of
// the derived class" use what it inherits): `PRIVATE inherits from CA`, or the access
// word after the class; CA's members and methods through a CB object from outside CB's
// methods are WL112 (the line's access word was silently dropped, and so was any word
// after the class)
CA is Class
	m_n is int
END
CB is Class
	PRIVATE inherits from CA
	m_s is string
END
CC is Class
	inherits from CA private
END
b is CB
b.Use()
b.m_s = "own member"
b.m_n = 3 // error: WL112:3 'm_n' comes to CB from CA by a private inheritance: only the methods of CB can use it
b.Bump() // error: WL112:3 'Bump' comes to CB from CA by a private inheritance: only the methods of CB can use it
c is CC
Trace(c.m_n) // error: WL112:9 'm_n' comes to CC from CA by a private inheritance: only the methods of CC can use it
a is CA
a.Bump()
Trace(a.m_n)
PROCEDURE CA::Bump()
m_n++
PROCEDURE CB::Use()
m_n = 5
Bump()
Trace(m_n, :m_n)
