// a member read or assigned through a variable, an element of an array or a member
// declared of an interface must be one of the interface's properties: an interface has
// no members (WL109, and the run stops there with the same words; it read the object's
// member). A property, or a method named without parentheses (a call), is accepted
IShape is Interface
	PROCEDURE Area(): int
	PROPERTY Name <get>
END
CSq is Class
	implements IShape
	m_side is int = 2
END
CBox is Class
	m_shape is IShape
END
s is IShape <- new CSq
Trace(s.Name, s.Area)
Trace(s.m_side) // error: WL109:9 'm_side' is not a property of the interface IShape
s.m_side = 3 // error: WL109:3 'm_side' is not a property of the interface IShape
Trace(s.Nmae) // error: WL109:9 'Nmae' is not a property of the interface IShape
t is array of IShape
ArrayAdd(t, new CSq)
Trace(t[1].m_side) // error: WL109:12 'm_side' is not a property of the interface IShape
b is CBox
b.Show()
PROCEDURE CSq::Area(): int
RESULT m_side * m_side
PROCEDURE CSq::Name() <get>
RESULT "square"
PROCEDURE CBox::Show()
:m_shape = new CSq
Trace(:m_shape.Name)
Trace(:m_shape.m_side) // error: WL109:16 'm_side' is not a property of the interface IShape
