// a method called through a variable of an interface is one of the interface's
// prototypes (WL109) and takes the number of arguments the prototype declares (WL104),
// both deferred: the object's class answers when the call runs (docs/semantics.md
// "Interfaces"); a property of the interface is no method call
IShape is Interface
	PROCEDURE Area(k is int): int
	PROPERTY Side
END
CSq is Class
	implements IShape
	m_side is int = 2
END
s is IShape = new CSq
Trace(s.Area(3), s.Side)
Trace(s.Area()) // error: WL104:9 Area expects 1 parameter(s) but received 0
Trace(s.Perimeter()) // error: WL109:9 'Perimeter' is not a method of the interface IShape
PROCEDURE CSq::Area(k is int): int
RESULT k * m_side
PROCEDURE CSq::Perimeter(): int
RESULT 4 * m_side
PROCEDURE CSq::Side() <get>
RESULT m_side
