// ExceptionRestoreParameter in a loop that surely runs its whole body (FOR i = 1 TO 2,
// LOOP (2), LOOP ... DO WHILE; no BREAK/CONTINUE/GOTO) ends the mode for the lines after the loop:
// the run stops there ("Division by zero."); check was silent, joining the path through
// no pass. A loop that may run no time or end a pass early still joins: silent (the run
// may go on). Issue 8's leftover, M1, 7 Dec 2026. A lambda after a handling change is
// covered, as the run gives (-5): check said WL113 (its body is an internal procedure's).
Trace(RestoredInFor())
Trace(RestoredInLoop())
Trace(MayNotRun(0))
Trace(MayLeave())
Trace(LambdaAfterAChange())
Trace(LambdaCalledBeforeTheChange())

PROCEDURE RestoredInFor()
ExceptionChangeParameter(epResult, -1)
FOR i = 1 TO 2
	ExceptionRestoreParameter()
END
Trace(1/0) // error: WL113:8 Division by zero
RESULT 1

PROCEDURE RestoredInLoop()
ExceptionChangeParameter(epResult, -2)
LOOP (2)
	ExceptionRestoreParameter()
END
Trace(1/0) // error: WL113:8 Division by zero
RESULT 2

PROCEDURE MayNotRun(n is int)
ExceptionChangeParameter(epResult, -3)
FOR i = 1 TO n
	ExceptionRestoreParameter()
END
Trace(1/0)
RESULT 3

PROCEDURE MayLeave()
ExceptionChangeParameter(epResult, -4)
FOR i = 1 TO 2
	IF i = 1 THEN BREAK
	ExceptionRestoreParameter()
END
Trace(1/0)
RESULT 4

PROCEDURE LambdaAfterAChange()
ExceptionChangeParameter(epResult, -5)
f is Procedure = (x) => x / 0
RESULT f(2)

PROCEDURE LambdaCalledBeforeTheChange()
f is Procedure = (x) => x / 0 // error: WL113:27 Division by zero
Trace(f(2)) // (the run stops in the lambda: check says so there, lambda_called_where_the_mode_is_off.wl)
ExceptionChangeParameter(epResult, -6)
RESULT 6
