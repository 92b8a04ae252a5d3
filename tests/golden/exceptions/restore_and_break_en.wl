// The lines after a loop follow the mode of each BREAK of its own: a BREAK written before
// ExceptionRestoreParameter leaves the loop with the mode on, and the mode answers the
// error after the loop; a change late in a LOOP's body is on at the BREAK of the next
// pass. wl check says nothing of these lines (where the BREAK follows the restore, the
// run stops after the loop and check says WL113:
// tests/diagnostics/exception_mode_restored_in_an_endless_loop.wl).
Trace(BreakBeforeRestore(1)) // expect: -5
Trace(ChangeLate(1)) // expect: -8
Trace(WhileTrueBreakFirst()) // expect: -9

PROCEDURE BreakBeforeRestore(n is int)
ExceptionChangeParameter(epResult, -5)
FOR i = 1 TO 3
	IF i = n THEN BREAK
	ExceptionRestoreParameter()
END
RESULT 1 / 0

PROCEDURE ChangeLate(n is int)
LOOP
	IF n = 2 THEN BREAK
	n++
	ExceptionChangeParameter(epResult, -8)
END
RESULT 1 / 0

PROCEDURE WhileTrueBreakFirst()
ExceptionChangeParameter(epResult, -9)
WHILE True
	BREAK
	ExceptionRestoreParameter()
END
RESULT 1 / 0
