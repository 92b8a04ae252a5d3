// an object whose class the check knows, put into an array of an interface its class does
// not implement (ArrayAdd, Add, t.Add, ArrayInsert, t[i] = o): WL110, deferred (the run
// stops at that call); objects of classes that implement it, or a dynamic object that
// may be of a derived class that does, are no error
IShape is Interface
	PROCEDURE Area()
END
CSquare is Class
	implements IShape
END
CDog is Class
END
CPuppy is Class
	inherits from CDog
	implements IShape
END
shapes is array of IShape
sq is CSquare
d is CDog
b is CDog dynamic = new CPuppy
ArrayAdd(shapes, sq)
ArrayAdd(shapes, d) // error: WL110:18 the class CDog does not implement the interface IShape: its object cannot be stored in an element of 'shapes'
shapes.Add(d) // error: WL110:12 the class CDog does not implement the interface IShape: its object cannot be stored in an element of 'shapes'
Add(shapes, new CDog) // error: WL110:13 the class CDog does not implement the interface IShape: its object cannot be stored in an element of 'shapes'
ArrayInsert(shapes, 1, d) // error: WL110:24 the class CDog does not implement the interface IShape: its object cannot be stored in an element of 'shapes'
shapes[1] = d // error: WL110:13 the class CDog does not implement the interface IShape: its object cannot be stored in an element of 'shapes'
ArrayAdd(shapes, b)
shapes.Add(new CPuppy)
shapes.Add("square") // error: WL110:12 a value of type string is not an object: it cannot be stored in an element of 'shapes' (of the interface IShape)
v is IShape = 5 // error: WL110:1 a value of type integer is not an object: it cannot be stored in 'v' (of the interface IShape)
v = Null
Trace(v = Null)
PROCEDURE CSquare::Area()
RESULT 4
PROCEDURE CPuppy::Area()
RESULT 1
