// where only the object tells its class, the other ways to change a CONSTANT member are
// refused when they run: element stores, array functions, by-reference parameters,
// homonymous copies, indirections; a constant read by indirection is its value
CONSTANT
	LIMIT = 5
END
CPoint is Class
	PUBLIC CONSTANT m_x is int
	m_y is int
	PUBLIC CONSTANT m_t is array of int
END
CFree is Class
	m_x is int
	m_t is array of int
END
Pair is Structure
	m_x is int
	m_y is int
END
p is CPoint
WHEN EXCEPTION IN
	ByReference(p)
DO
	Trace(ExceptionInfo()) // expect: 'm_x' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (passed by reference to Assign, which assigns its parameter 'n').
END
WHEN EXCEPTION IN
	Store(p)
DO
	Trace(ExceptionInfo()) // expect: 'm_t' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (its elements cannot be changed either).
END
WHEN EXCEPTION IN
	Append(p)
DO
	Trace(ExceptionInfo()) // expect: 'm_t' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (ArrayAdd would change its elements).
END
WHEN EXCEPTION IN
	CopyInto(p)
DO
	Trace(ExceptionInfo()) // expect: 'm_x' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Pair's 'm_x' into it).
END
name is string = "p.m_x"
WHEN EXCEPTION IN
	{name} = 7
DO
	Trace(ExceptionInfo()) // expect: 'm_x' is a CONSTANT member of the class CPoint: only the methods of its class (or of a class derived from it) can change it.
END
name = "LIMIT"
Trace({name}) // expect: 5
WHEN EXCEPTION IN
	{name} = 6
DO
	Trace(ExceptionInfo()) // expect: Indirection {LIMIT}: 'LIMIT' is a constant: it cannot be assigned.
END
Trace(p.m_x, p.m_y, ArrayCount(p.m_t), LIMIT) // expect: 0, 0, 0, 5
{"p.m_y"} = 8 // a member that is not CONSTANT
f is CFree
ByReference(f)
Append(f)
Store(f)
CopyInto(f)
Trace(f.m_x, f.m_t[1], {"p:m_y"}) // expect: 3, 5, 8
p.Reset()
Trace(p.m_x, p.m_y, ArrayCount(p.m_t)) // expect: 3, 4, 1

PROCEDURE ByReference(o)
Assign(o.m_x)
PROCEDURE Store(o)
o.m_t[1] = 5
PROCEDURE Append(o)
Add(o.m_t, 0)
PROCEDURE CopyInto(o)
s is Pair
s.m_x = 3
s.m_y = 4
o <= s
PROCEDURE Assign(n)
n = 99
PROCEDURE CPoint::Reset()
s is Pair
s.m_x = 3
s.m_y = 4
objet <= s
Add(m_t, 1)
