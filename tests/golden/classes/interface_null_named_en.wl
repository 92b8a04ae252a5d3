// a method called through a variable or an element of an interface that holds no object
// stops the run naming it, as a Null dynamic object does (it said "Unknown method 'Area'
// for a value of type Null.", at the line's start)
IShape is Interface
	PROCEDURE Area() : int
END
CSquare is Class
	implements IShape
END
arrShapes is array of IShape
ArrayAdd(arrShapes, new CSquare)
ArrayAdd(arrShapes, Null)
Trace(arrShapes[1].Area()) // expect: 4
WHEN EXCEPTION IN
	Trace(arrShapes[2].Area())
DO
	Trace(ExceptionInfo()) // expect: arrShapes[2] is Null: no object of the interface IShape to use 'Area' on (a dynamic object is Null until new or an assignment gives it one).
END
s is IShape
Trace(s.Area()) // expect error: s is Null: no object of the interface IShape to use 'Area' on (a dynamic object is Null until new or an assignment gives it one).

PROCEDURE CSquare::Area() : int
	RESULT 4
