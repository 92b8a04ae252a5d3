// `m_a, m_b are boolean = True` on a member line: only the last member gets the value,
// as for variables (?1514069; decided for members: docs/semantics.md)
C is Class
	m_a, m_b are boolean = True
	m_x, m_y are int = 5
	m_s, m_t are strings = Computed()
END
S is Structure
	a, b are int = 7
END
o is C
Trace(o.m_a, o.m_b) // expect: 0, 1
Trace(o.m_x, o.m_y) // expect: 0, 5
Trace("[" + o.m_s + "][" + o.m_t + "]") // expect: [][text]
s is S
Trace(s.a, s.b) // expect: 0, 7
PROCEDURE Computed()
RESULT "text"
