// ExceptionChangeParameter called inside an IF (or a loop) handles a fatal error in the
// lines of the procedure after it, after the END of the block holding it too, up to
// ExceptionRestoreParameter (wherever that is written): the run's mode lasts until the
// procedure ends. Check was silent only inside the IF, and said WL113 after its END where
// the run goes on (issue 8, L, 7 Dec 2026)
InIf(1)
InLoop()
RestoredInIf(0)
RestoredInBoth(1)
BeforeTheIf(1)

PROCEDURE InIf(n is int)
IF n > 0 THEN
	ExceptionChangeParameter(epReturn)
END
Trace(1/0)

PROCEDURE InLoop()
FOR i = 1 TO 2
	IF i = 1 THEN
		ExceptionChangeParameter(epReturn)
	END
END
Trace(1/0)

PROCEDURE RestoredInIf(n is int)
ExceptionChangeParameter(epReturn)
Trace(1/0)
IF n > 0 THEN
	ExceptionRestoreParameter()
END
Trace(1/0) // (the path through no branch keeps the mode: M2, 7 Dec 2026)

PROCEDURE RestoredInBoth(n is int)
ExceptionChangeParameter(epReturn)
IF n > 0 THEN
	ExceptionRestoreParameter()
ELSE
	ExceptionRestoreParameter()
END
Trace(1/0) // error: WL113:8 Division by zero

PROCEDURE BeforeTheIf(n is int)
Trace(1/0) // error: WL113:8 Division by zero
IF n > 0 THEN
	ExceptionChangeParameter(epReturn)
END
