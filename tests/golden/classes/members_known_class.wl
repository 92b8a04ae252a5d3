// Members read and written where the object's class is known when compiling
// (compiler/member_inline.py writes them without a call): the same conversions, errors and
// destructor timing as through the runtime, for an object of the class, of a derived class
// and for a structure
CCounter is Class
	m_n is int
	m_s is string
	m_r is real
	m_d is Date
END
CBigCounter is Class
	inherits from CCounter
	m_extra is int
END
STPoint is Structure
	x is int
	label is string
END
CRes is Class
	m_id is int
END
c is CCounter
c.m_n = 2147483647
c.m_n = c.m_n + 1
Trace(c.m_n) // expect: -2147483648
c.m_n = 3.9
Trace(c.m_n) // expect: 3
c.m_n = "12"
Trace(c.m_n + 1) // expect: 13
c.m_s = 12
Trace(c.m_s + 1) // expect: 121
c.m_r = 7
Trace(c.m_r / 2) // expect: 3.5
c.m_d = "20240115"
Trace(c.m_d + 1) // expect: 20240116
c.Add(5)
Trace(c.m_n) // expect: 17
b is CCounter dynamic = new CBigCounter
b.m_n = 5.7
b.m_s = 1.5
Trace(b.m_n, b.m_s) // expect: 5, 1.5
b.Add(2147483647)
Trace(b.m_n) // expect: -2147483644
p is STPoint
p.x = "40" + 2
p.label = p.x
Trace(p.x, p.label) // expect: 402, 402
FOR i = 1 TO 3
	p.x = i
END
Trace(p.x) // expect: 3
r is CRes dynamic = new CRes
r.m_id = 1
Trace(r.m_id) // expect: 1
r = Null
// expect: closing 1
Trace("after") // expect: after
arr is array of CRes dynamic
Add(arr, new CRes)
arr[1].m_id = 2
Trace(arr[1].m_id) // expect: 2
ArrayDeleteAll(arr)
// expect: closing 2
Trace("after the array") // expect: after the array
n is CCounter dynamic
WHEN EXCEPTION IN
	n.m_n = 1
DO
	Trace(ExceptionInfo(errMessage)) // expect: n is Null: no CCounter object to use 'm_n' on (a dynamic object is Null until new or an assignment gives it one).
END
PROCEDURE CCounter::Add(n is int)
m_n = m_n + n
PROCEDURE CRes::Destructor()
Trace("closing " + m_id)
