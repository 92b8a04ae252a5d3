// a method called through an element of an array of an interface or a member declared
// of one (`t[1].M()`, `:m_shape.M()`, `m_shape.M()`) is one of the interface's
// prototypes (WL109) with its count (WL104), as through a variable: these said nothing
// and the run stopped there
IShape is Interface
	PROCEDURE Area(): int
END
CSq is Class
	implements IShape
	m_side is int = 2
END
CBox is Class
	m_shape is IShape
END
t is array of IShape
ArrayAdd(t, new CSq)
Trace(t[1].Area())
Trace(t[1].Perimeter()) // error: WL109:12 'Perimeter' is not a method of the interface IShape
Trace(t[1].Area(2)) // error: WL104:12 Area expects 0 parameter(s) but received 1
b is CBox
b.Show()
PROCEDURE CSq::Area(): int
RESULT m_side * m_side
PROCEDURE CSq::Perimeter(): int
RESULT 4 * m_side
PROCEDURE CBox::Show()
:m_shape = new CSq
Trace(:m_shape.Area())
Trace(:m_shape.Perimeter()) // error: WL109:16 'Perimeter' is not a method of the interface IShape
Trace(m_shape.Perimeter()) // error: WL109:15 'Perimeter' is not a method of the interface IShape
