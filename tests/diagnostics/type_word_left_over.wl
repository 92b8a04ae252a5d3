// A word after a simple type that is not its size, or a type a class does not declare:
// WL110 at that word (the run stops there with the same words), where it was dropped
CShape is Class
	m_nSides is int
END
PROCEDURE Both(p is string Extra) // error: WL110:28 'Extra' is not part of a type: 'string' is a type of its own, and nothing but its size may follow it
Trace(p)
PROCEDURE Main()
nCount is int Nope = 1 // error: WL110:15 'Nope' is not part of a type: 'int' is a type of its own, and nothing but its size may follow it
nDot is int.Nope = 1 // error: WL110:13 'Nope' is not part of a type: 'int' is a type of its own, and nothing but its size may follow it
Nope is real Nope = 1 // error: WL110:14 'Nope' is not part of a type: 'real' is a type of its own, and nothing but its size may follow it
oShape is CShape::Nope = Null // error: WL110:19 'CShape' declares no type 'Nope'
rFour is real on 4 bytes = 1
sCode is string on 10 = "a"
Trace(nCount, nDot, Nope, oShape, rFour, sCode)
