// An internal procedure of a body that calls ExceptionChangeParameter(epResult...): a fatal
// error in it goes to that body, whose mode answers (the run gives -9); check said WL113
// there (R2 finding 10, M2, 7 Dec 2026). Without the change, or with epCode, it stops.
Trace(Covered())
Trace(NotCovered())
Trace(StandardOnly())

PROCEDURE Covered()
ExceptionChangeParameter(epResult, -9)
INTERNAL PROCEDURE Q()
	Trace(1/0)
END
Q()
RESULT 1

PROCEDURE NotCovered()
INTERNAL PROCEDURE Q()
	Trace(1/0) // error: WL113:9 Division by zero
END
Q()
RESULT 1

PROCEDURE StandardOnly()
ExceptionChangeParameter(epCode)
INTERNAL PROCEDURE Q()
	Trace(1/0) // error: WL113:9 Division by zero
END
Q()
RESULT 1
