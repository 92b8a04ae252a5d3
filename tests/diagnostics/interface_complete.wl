// a class that implements an interface has each of its prototypes: a method (its own
// or an ancestor's) for a PROCEDURE line, a property or member for a PROPERTY line
IDrawable is interface
	PROCEDURE Draw()
	PROCEDURE Area(): real
	PROPERTY Name <get>
END
CShape is Class
END
CSquare is Class
	inherits from CShape
	implements IDrawable
END
CCircle is Class
	implements IDrawable // error: WL110:13 the class CCircle implements IDrawable but has no method Area
	Name is string
END
CLine is Class
	implements IDrawable // error: WL110:13 the class CLine implements IDrawable but has no property Name
END
CPoint is Class
	implements IPrintable // warning: WL207:13 unknown interface 'IPrintable'; what CPoint implements is not checked
END
d is IDrawable <- new CSquare
d.Draw()

PROCEDURE CShape::Draw()
PROCEDURE CShape::Area(): real
RESULT 0
PROCEDURE CSquare::Name() <get>
RESULT "square"
PROCEDURE CCircle::Draw()
PROCEDURE CLine::Draw()
PROCEDURE CLine::Area(): real
RESULT 1
