// CBase::Method() in a derived class's method runs that class's version of the method
// on the current object (the ancestor named, any generation up); CClass::GlobalMethod()
// and CClass::CONSTANT still name the class's global method and constant
CShape is Class
	m_name is string
	CONSTANT
		SIDES = 0
	END
	GLOBAL
		g_count is int
END
CSquare is Class
	inherits from CShape
END
CTile is Class
	inherits from CSquare
END
t is CTile
t.m_name = "t1"
Trace(t.Describe()) // expect: tile, square, shape t1
Trace(t.Area(3)) // expect: 9 / 3 sides 0
Trace(t.Counted()) // expect: 2
Trace(CShape::Count()) // expect: 3
// outside the class's methods, an instance method called on the class has no object:
// expect error: 'm_name' is not a global member of CShape
cshape::describe() // wl: ignore[WL111] (no GLOBAL method: wl check refuses it)
PROCEDURE CShape::Describe()
RESULT "shape " + :m_name
PROCEDURE CSquare::Describe()
RESULT "square, " + CShape::Describe()
PROCEDURE CTile::Describe()
RESULT "tile, " + CSquare::Describe()
PROCEDURE CShape::Area(n)
RESULT " / " + n + " sides " + CShape::SIDES
PROCEDURE CTile::Area(n)
RESULT n * n + CShape::Area(n)
PROCEDURE GLOBAL CShape::Count()
CShape::g_count++
RESULT CShape::g_count
PROCEDURE CTile::Counted()
CShape::Count()
RESULT CShape::Count()
