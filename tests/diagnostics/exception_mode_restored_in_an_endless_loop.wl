// ExceptionRestoreParameter in a loop the run surely enters and leaves only through a
// BREAK written after the restore (LOOP without condition, WHILE True), or a FOR bounded
// by a CONSTANT, ends the mode for the lines after the loop: the run stops there
// ("Division by zero."); check joined the path through no pass and said nothing. The
// lines after a loop follow the mode at each BREAK of its own: a BREAK before the restore
// keeps the mode on (-5); a FOR bounded by a variable may run no time, and a CONTINUE
// before the restore or a change late in the body keep them covered (the lesser fault).
// Issue 8's leftover, L, 7 Dec 2026, 17:25-20:25.
Trace(PlainLoop(1))
Trace(WhileTrue(1))
Trace(ForConstant())
Trace(BreakAfterRestore(1))
Trace(BreakBeforeRestore(1))
Trace(ForVariable(2))
Trace(ContinueBeforeRestore())
Trace(ChangeLate(1))

CONSTANT
	NB_PASSES = 2
END

PROCEDURE PlainLoop(n is int)
ExceptionChangeParameter(epResult, -1)
LOOP
	ExceptionRestoreParameter()
	IF n > 0 THEN BREAK
END
RESULT 1 / 0 // error: WL113:10 Division by zero

PROCEDURE WhileTrue(n is int)
ExceptionChangeParameter(epResult, -2)
WHILE True
	ExceptionRestoreParameter()
	IF n > 0 THEN BREAK
END
RESULT 1 / 0 // error: WL113:10 Division by zero

PROCEDURE ForConstant()
ExceptionChangeParameter(epResult, -3)
FOR i = 1 TO NB_PASSES
	ExceptionRestoreParameter()
END
RESULT 1 / 0 // error: WL113:10 Division by zero

PROCEDURE BreakAfterRestore(n is int)
ExceptionChangeParameter(epResult, -4)
FOR i = 1 TO 3
	ExceptionRestoreParameter()
	IF i = n THEN BREAK
END
RESULT 1 / 0 // error: WL113:10 Division by zero

PROCEDURE BreakBeforeRestore(n is int)
ExceptionChangeParameter(epResult, -5)
FOR i = 1 TO 3
	IF i = n THEN BREAK
	ExceptionRestoreParameter()
END
RESULT 1 / 0 // (the run gives -5)

PROCEDURE ForVariable(n is int)
ExceptionChangeParameter(epResult, -6)
FOR i = 1 TO n
	ExceptionRestoreParameter()
END
RESULT 1 / 0 // (n may be 0: the run may go on)

PROCEDURE ContinueBeforeRestore()
ExceptionChangeParameter(epResult, -7)
FOR i = 1 TO 3
	IF i = 1 THEN CONTINUE
	ExceptionRestoreParameter()
END
RESULT 1 / 0 // (the run stops; check is silent: the third pass starts without the mode)

PROCEDURE ChangeLate(n is int)
LOOP
	IF n = 2 THEN BREAK
	n++
	ExceptionChangeParameter(epResult, -8)
END
RESULT 1 / 0 // (the second pass's BREAK has the mode on: the run gives -8)
