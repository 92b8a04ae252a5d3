// a line of an interface that starts like a prototype but names no method or property
// is a syntax error at that line (was "wl: error: invalid literal for int()", with no
// place: an internal failure of the interface's reading)
IShape is Interface
	PROCEDURE Area()
	PROCEDURE = 1 // expect error: a line of the interface IShape is a prototype: PROCEDURE Name(...) or PROPERTY Name
END
