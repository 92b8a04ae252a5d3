// internal procedures have one syntax (help ?1514063 lists global and local procedures
// and methods): a second one of the same name in one body is declared twice; the same
// name in another body is another procedure
Show(1)
INTERNAL PROCEDURE Show(n is int)
	Trace("int", n)
END
INTERNAL PROCEDURE Show(s is string) // error: WL105:20 the internal procedure 'Show' is declared twice (first declared at line 5): an internal procedure has one syntax
	Trace("text", s)
END
Other()

PROCEDURE Other()
Show("a")
INTERNAL PROCEDURE Show(s is string)
	Trace(s)
END
