// ExceptionChangeParameter called inside an IF handles the fatal errors of the procedure's
// lines after it, after the IF's END too, until ExceptionRestoreParameter (the mode lasts
// until the procedure ends); wl check says nothing of them either (it said WL113 after
// the END). A restore written inside an IF ends it for the lines after.
Trace(Divide(1)) // expect: -1
Trace(InLoop()) // expect: -2
Trace(Restored(1)) // expect: still -3

PROCEDURE Divide(n is int)
IF n >= 0 THEN
	ExceptionChangeParameter(epResult, -1)
END
nTotal is int = 10
RESULT nTotal + 1 / 0

PROCEDURE InLoop()
FOR i = 1 TO 3
	IF i = 2 THEN
		ExceptionChangeParameter(epResult, -2)
	END
END
RESULT 1 / 0

PROCEDURE Restored(n is int)
ExceptionChangeParameter(epResult, -3)
IF n > 0 THEN
	ExceptionRestoreParameter()
	ExceptionChangeParameter(epResult, "still -3")
END
RESULT 1 / 0
