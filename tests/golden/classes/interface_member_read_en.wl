// a member read through a variable of an interface stops the run where it is read: an
// interface has no members, only its methods and properties (it read the object's
// member; docs/semantics.md "Interfaces"); the class's own variable reads it
IShape is Interface
	PROCEDURE Area(): int
END
CSq is Class
	implements IShape
	m_side is int = 3
END
sq is CSq
s is IShape <- sq
Trace(s.Area(), sq.m_side) // expect: 9, 3
Trace(s.m_side) // expect error: 'm_side' is not a property of the interface IShape.
PROCEDURE CSq::Area(): int
RESULT m_side * m_side
