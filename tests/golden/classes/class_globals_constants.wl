// CONSTANT blocks and GLOBAL (static) members of a class: Class::member and ::member
CCounter is Class
	CONSTANT
		LIMIT = 10
	END
	PUBLIC GLOBAL
	s_count is int
	PUBLIC
	m_name is string
END
Trace(CCounter::LIMIT) // expect: 10
a is CCounter
b is CCounter
a.Hit(); b.Hit(); b.Hit()
Trace(CCounter::s_count) // expect: 3
CCounter::s_count = 0
Trace(a.Left()) // expect: 10
PROCEDURE CCounter::Hit()
s_count++
PROCEDURE CCounter::Left()
RESULT ::LIMIT - CCounter::s_count
