// A member that is an array of objects is built in its place among the other members
// (decided: docs/semantics.md, "Member creation order")
CPart is Class
	m_n is string
END
CCar is Class
	m_p is CPart("p")
	m_t is array of 2 CPart
	m_q is CPart("q")
END
// expect: build p
// expect: build none
// expect: build none
// expect: build q
c is CCar
Trace(ArrayCount(c.m_t)) // expect: 2
PROCEDURE CPart::Constructor(n = "none")
:m_n = n
Trace("build " + n)
