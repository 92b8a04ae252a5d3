// `SWITCH o is CClass` / `SWITCH Shape is CSquare`: the class test (?6010013) as the
// value a SWITCH compares, as after IF, WHILE or `=`. It was a syntax error
// ("unexpected 'is'"): after SWITCH the lexer took IS for a declaration's.
CShape is Class
	m_sName is string
END
CSquare is Class
	inherits from CShape
END
arrShapes is array of CShape dynamic
ArrayAdd(arrShapes, new CSquare)
ArrayAdd(arrShapes, new CShape)
FOR EACH pShape OF arrShapes
	SWITCH pShape IS csquare
		CASE True: Trace("a square")
		OTHER CASE: Trace("another shape")
	END
END
// expect: a square
// expect: another shape
