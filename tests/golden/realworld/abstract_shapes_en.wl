// A shape hierarchy: an abstract class, abstract methods, an array of base-class objects
// each answering as its real class (French twin: formes_abstraites_fr.wl).
CShape is Class, abstract
	PROTECTED
		m_sName is string
END

CRectangle is Class
	inherits from CShape
	m_rWidth is real
	m_rHeight is real
END

CSquare is Class
	inherits from CRectangle
END

CCircle is Class
	inherits from CShape
	m_rRadius is real
END

arrShapes is array of CShape dynamic
Add(arrShapes, new CRectangle(3, 4))
Add(arrShapes, new CSquare(2))
Add(arrShapes, new CCircle(1))
rTotal is real
FOR EACH s OF arrShapes
	Trace(s.Description())
	rTotal += s.Area()
	IF s IS A CRectangle THEN Trace("  (a rectangle or derived:", s..Class, ")")
END
Trace("total area", NumToString(rTotal, ".3f"))
// expect: rectangle: area 12.00, perimeter 14.00
// expect:   (a rectangle or derived:, CRectangle, )
// expect: square: area 4.00, perimeter 8.00
// expect:   (a rectangle or derived:, CSquare, )
// expect: circle: area 3.14, perimeter 6.28
// expect: total area, 19.142

PROCEDURE ABSTRACT CShape::Area() : real
PROCEDURE ABSTRACT CShape::Perimeter() : real

PROCEDURE CShape::Description() : string
RESULT StringBuild("%1: area %2, perimeter %3", m_sName, NumToString(Area(), ".2f"), NumToString(Perimeter(), ".2f"))

PROCEDURE CRectangle::Constructor(rW is real, rH is real)
m_sName = "rectangle"
m_rWidth = rW
m_rHeight = rH

PROCEDURE CRectangle::Area() : real
RESULT m_rWidth * m_rHeight

PROCEDURE CRectangle::Perimeter() : real
RESULT 2 * (m_rWidth + m_rHeight)

PROCEDURE CSquare::Constructor(rSide is real)
Constructor CRectangle(rSide, rSide)
m_sName = "square"

PROCEDURE CCircle::Constructor(rR is real)
m_sName = "circle"
m_rRadius = rR

PROCEDURE CCircle::Area() : real
RESULT 3.14159 * m_rRadius * m_rRadius

PROCEDURE CCircle::Perimeter() : real
RESULT 2 * 3.14159 * m_rRadius
