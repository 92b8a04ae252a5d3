// an abstract class that implements an interface may leave its members to the classes
// derived from it: no WL110 at its `implements` line; a derived class with objects that
// lacks one gets WL110 at its name, naming the abstract class it comes through
IShape is interface
	PROCEDURE Area(): real
	PROPERTY Name <get>
END
CShape is a Class, abstract
	implements IShape
	m_id is int
END
CCircle is a Class
	inherits from CShape
	m_r is real
END
CSquare is a Class // error: WL110:1 the class CSquare implements IShape (through the abstract class CShape) but has no method Area
	inherits from CShape
	m_side is real
END
c is CCircle
s is IShape <- c
Trace(s.Name, s.Area())

PROCEDURE CCircle::Area(): real
RESULT 3 * m_r * m_r

PROCEDURE CCircle::Name() <get>
RESULT "circle"

PROCEDURE CSquare::Name() <get>
RESULT "square"
