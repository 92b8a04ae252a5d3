// Clone ?1000024843 with `<Copy=Clone>` members that lead back to an object already
// cloned (decided, docs/builtins.md "Clone"): each object is cloned once and the clones
// point at each other as the originals do. A ring of two nodes stopped with "Stack
// overflow: the value is nested too deeply". The objects an associative array member
// holds are cloned too, as an array's are (they stayed shared).
CNode is Class
	sName is string
	oNext is CNode dynamic <Copy=Clone>
	aaKids is associative array of CNode dynamic <Copy=Clone>
END
a is CNode dynamic = new CNode
a.sName = "a"
b is CNode dynamic = new CNode
b.sName = "b"
a.oNext = b
b.oNext = a
a.aaKids["self"] = a
a.aaKids["other"] = b
c is CNode dynamic = Clone(a)
Trace(c.sName, c.oNext.sName, c.oNext.oNext.sName) // expect: a, b, a
c.sName = "c"
c.oNext.sName = "d"
Trace(c.oNext.oNext.sName, c.aaKids["self"].sName, c.aaKids["other"].sName) // expect: c, c, d
Trace(a.sName, b.sName, a.aaKids["other"].sName) // expect: a, b, b
