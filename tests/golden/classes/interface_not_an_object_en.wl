// a variable, parameter or element of an interface given a value that is no object (a
// number, a text) stops the run where it is stored, as a dynamic object variable does: it
// held the value, and the run failed later, at the first method called on it ("Unknown
// method 'Area' for a value of type integer"); Null still empties it (INFERRED,
// docs/semantics.md "Interfaces")
IShape is Interface
	PROCEDURE Area(): real
END
s is IShape
s = Null
Trace(s = Null) // expect: 1
shapes is array of IShape
WHEN EXCEPTION IN
	Add(shapes, "square") // wl: ignore[WL110]
DO
	Trace(ExceptionInfo()) // expect: A value of type string is not an object: it cannot be stored in a variable of the interface IShape.
END
s = 5 // expect error: A value of type integer is not an object: it cannot be stored in a variable of the interface IShape.
