// `o is CClass`: True when o holds an object of the class or of a class derived from
// it (the "is <Class> operator" page, ?6010013), False for another class, no object
// (a dynamic object never allocated) or a value that is no object. Before, `IS` after
// an operand always opened a type phrase: `IF pShape is CSquare THEN` did not parse.
CShape is Class
	m_sName is string
END
CSquare is Class
	inherits from CShape
	m_nSide is int
END
CCircle is Class
	inherits from CShape
END
arrShapes is array of CShape dynamic
ArrayAdd(arrShapes, new CSquare)
ArrayAdd(arrShapes, new CCircle)
nSquares is int
FOR EACH pShape OF arrShapes
	IF pShape is CSquare THEN nSquares++
	Trace(pShape is CShape, pShape is CSquare, pShape is CCircle)
END
// expect: 1, 1, 0
// expect: 1, 0, 1
Trace(nSquares)
// expect: 1
bSquare is boolean = arrShapes[2] is CSquare
Trace(bSquare, NOT arrShapes[2] is CSquare)
// expect: 0, 1
pNone is CShape dynamic
n is int = 3
Trace(pNone is CShape, n is CShape)
// expect: 0, 0
IF arrShapes[1] is CShape AND arrShapes[1] is CSquare THEN Trace("a square")
// expect: a square
// declarations keep their IS
FOR i is int = 1 TO 1
	sLabel is string = "done " + i
	Trace(sLabel)
END
// expect: done 1
