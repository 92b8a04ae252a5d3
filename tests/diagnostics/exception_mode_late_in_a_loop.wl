// ExceptionChangeParameter(epResult...) late in a loop's body: the body's lines before it run
// again in the next pass with the mode on (the run gives -4); check said WL113 there (R2
// finding 8, M2, 7 Dec 2026). A body restoring the mode before its end is not covered.
Trace(LateInTheLoop())
Trace(RestoredInTheLoop())

PROCEDURE LateInTheLoop()
x is real = 0
FOR i = 1 TO 2
	IF i = 2 THEN
		x = 1/0
	END
	ExceptionChangeParameter(epResult, -4)
END
RESULT x

PROCEDURE RestoredInTheLoop()
FOR i = 1 TO 2
	Trace(2/0) // error: WL113:9 Division by zero
	ExceptionChangeParameter(epResult, -4)
	ExceptionRestoreParameter()
END
RESULT 1
