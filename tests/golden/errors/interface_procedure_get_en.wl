// `PROCEDURE Name() <get>` in an interface: a class's accessor written where the
// interface declares the property itself (?6010017 gives <get>/<set> to PROPERTY lines).
// The refusal says which line to write (it said only "is a prototype: PROCEDURE Name(...)
// or PROPERTY Name")
IShape is Interface
	PROCEDURE Area()
	PROCEDURE Name() <get> // expect error: the interface IShape declares a property with a PROPERTY line, not a PROCEDURE one (?6010017): write PROPERTY Name <get>
END
