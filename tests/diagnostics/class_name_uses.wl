// A class's name as a value is its name, a text (?2514004): compared with ..Class, kept
// in a text or untyped variable or parameter, given to `new` through a variable; where
// an object is wanted it is a text, which no object variable or parameter can hold
CShape is Class
	m_n is int
END
o is CShape
sName is string = CShape
IF o..Class = CShape THEN Trace(sName)
p is CShape dynamic = new sName
Trace(p..Class, Named())
q is CShape = CShape // error: WL110:1 'CShape' (the class's name) is a string: a value of type string cannot be stored in 'q', a CShape (class)
Take(CShape) // error: WL116:6 'CShape' (the class's name) is a string and the parameter 'c' of Take is a CShape: a value of type string cannot be stored in a class
Trace(CShape.m_n) // error: WL101:7 'CShape' is a class or structure, not a variable
Trace(o.m_n, q.m_n)
PROCEDURE Take(c is CShape)
Trace(c.m_n)
PROCEDURE Named(local sClass = CShape, s is string = CShape)
RESULT sClass + s
