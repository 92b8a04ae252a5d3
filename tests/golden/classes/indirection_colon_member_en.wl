// `{":m_n"}` in a method: the indirection's text written as the member is in code, with
// the colon that names the current object's member (`:m_n`): read and written, a local
// variable of the same name hiding nothing, a path from it too (`{":m_pos.x"}`). It
// stopped: "no variable of the main code is named ':m_n'" (docs/semantics.md "An
// indirection naming the object's member with ':'"). Outside a method it stops in words.
c is CCounter
c.Bump() // expect: 100, 5, 7
Trace(c.m_n, c.m_pos.x) // expect: 5, 7
Outside()
// expect error: Indirection {:m_n}: ':' names a member of the current object, and this code is not in a method.

PT is Structure
	x is int
END
CCounter is Class
	m_n is int
	m_pos is PT
END

PROCEDURE CCounter::Bump()
m_n is int = 100
{":m_n"} = {":m_n"} + 5
{":m_pos.x"} = 7
Trace(m_n, :m_n, {":m_pos.x"})

PROCEDURE Outside()
Trace({":m_n"})
