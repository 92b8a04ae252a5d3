// a variable, parameter or array element of an interface holds only objects of classes
// that implement it, on their own `implements` line or an ancestor's: another object
// stops the run where it is stored (INFERRED, docs/semantics.md "Interfaces")
IShape is Interface
	PROCEDURE Area(): real
END
CSquare is Class
	implements IShape
	m_side is real
END
CTile is Class
	inherits from CSquare
END
CDog is Class
	m_name is string
END
sq is CSquare
sq.m_side = 3
s is IShape = sq
Trace(s.Area()) // expect: 9
tile is IShape <- new CTile
Trace(tile.Area()) // expect: 0
shapes is array of IShape
Add(shapes, sq)
Trace(Measure(shapes[1])) // expect: 9
pet is object dynamic = new CDog
WHEN EXCEPTION IN
	Add(shapes, pet)
DO
	Trace(ExceptionInfo()) // expect: The class CDog does not implement the interface IShape: its object cannot be stored in a variable of IShape.
END
Trace(shapes.Count) // expect: 1
WHEN EXCEPTION IN
	Trace(Measure(pet))
DO
	Trace(ExceptionInfo()) // expect: The class CDog does not implement the interface IShape: its object cannot be stored in a variable of IShape.
END
s <- pet // expect error: The class CDog does not implement the interface IShape: its object cannot be stored in a variable of IShape.
PROCEDURE CSquare::Area(): real
RESULT :m_side * :m_side
PROCEDURE Measure(x is IShape)
RESULT x.Area()
