// a method with several syntaxes called on a variable declared of its class, with
// arguments of known kinds: the syntax is chosen when compiling (no dispatcher when it
// runs), and it is the one the dispatcher would have chosen; a class derived from the
// variable's class that redefines the method keeps the choice for when it runs
CText is Class
	m_log is string
END
CShape is Class
END
CCircle is Class
	inherits from CShape
END
t is CText
t.Put(3)
t.Put("abc")
t.Put(2.5)
t.Put("x", 2)
t.Twice(7)
Trace(t.m_log) // expect: int 3;text abc;real 2.5;text x/2;int 7;int 7;
s is CShape
s.Area(2)
s = new CCircle // wl: ignore[WL201]
s.Area(2)
sh is dynamic CShape = new CCircle
sh.Area("r")
// expect: shape int, 2
// expect: circle int, 2
// expect: circle text, r

PROCEDURE CText::Put(n is int)
m_log += "int " + n + ";"
PROCEDURE CText::Put(r is real)
m_log += "real " + r + ";"
PROCEDURE CText::Put(s is string, nTimes is int = 1)
m_log += "text " + s + (nTimes > 1 ? "/" + nTimes ELSE "") + ";"
PROCEDURE CText::Twice(n is int)
Put(n)
Put(n)
PROCEDURE CShape::Area(n is int)
Trace("shape int", n)
PROCEDURE CShape::Area(s is string)
Trace("shape text", s)
PROCEDURE CCircle::Area(n is int)
Trace("circle int", n)
PROCEDURE CCircle::Area(s is string)
Trace("circle text", s)
