// A property named inside a method of its class or of a derived class, bare (`Level`), as
// `:Level` or as `object.Level`, calls its <get> / <set> when no member has that name (it
// failed: "'Level' is not a member of the class CBig"); docs/semantics.md.
CBox is Class
	m_n is int
END
CBig is Class
	inherits from CBox
END
b is CBig
b.Reset() // expect: 0
Trace(b.Level) // expect: 7
Trace(b.Doubled()) // expect: 14
PROCEDURE CBox.Level() <get>
RESULT m_n
PROCEDURE CBox.Level(n) <set>
m_n = Max(0, n)
PROCEDURE CBig.Reset()
Level = -5
Trace(Level)
:Level = 7
PROCEDURE CBig.Doubled()
object.Level = Level * 2
RESULT :Level
