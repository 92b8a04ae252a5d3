// A literal indirection naming a member declared <immutable> of the method's own object
// ({"m_n"} = 9 in a method of its class) is WL106 as `m_n = 9` there is; the class's
// constructor gives it its value, by name too; a local variable of that name hides it
// (docs/semantics.md "An immutable member written by name in its own class's method")
o is CFixedCounter
o.Bump()
Trace(o.m_n)

CFixedCounter is Class
	m_n is int <immutable> = 3
	m_nFree is int
END
PROCEDURE CFixedCounter::Constructor()
{"m_n"} = 4

PROCEDURE CFixedCounter::Bump()
{"m_nFree"} = 5
{"m_n"} = 9 // error: WL106:1 cannot change the member 'm_n' of the class CFixedCounter: it is declared immutable, only its declaration and CFixedCounter's constructor give it a value (through the indirection {"m_n"})

PROCEDURE CFixedCounter::Hidden()
m_n is int
{"m_n"} = 9
Trace(m_n)
