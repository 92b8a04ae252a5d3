// delete(o) frees o as `delete o` does; the parentheses hold the whole line (one
// expression: Delete(t, 1) is still the function)
CRes is Class
	m_id is int
END
o is CRes dynamic = new CRes
o.m_id = 1
delete(o)
// expect: closing 1
Trace(o = Null) // expect: 1
p is CRes dynamic = new CRes
p.m_id = 2
DELETE ( p )
// expect: closing 2
t is array of int = [1, 2, 3]
Delete(t, 1)
Trace(ArrayCount(t)) // expect: 2
Trace("end") // expect: end
PROCEDURE CRes::Destructor()
Trace("closing " + :m_id)
