// ExceptionChangeParameter covers the lines the run reaches through it, no others: not the
// ELSE or the other CASEs beside the branch calling it, not the lines after an IF whose
// branch ends with RESULT, and epCode (the standard mode, ?3034007) covers nothing. Check
// was silent on each of these lines where the run stops (issue 8, M2, 7 Dec 2026)
Sibling(0)
OtherCase(2)
EndsWithResult(0)
BackToCode(1)
CodeAlone()
ThenBranch(1)

PROCEDURE Sibling(n is int)
IF n > 0 THEN
	ExceptionChangeParameter(epResult, -1)
ELSE
	RESULT 1/0 // error: WL113:10 Division by zero
END
RESULT 2

PROCEDURE OtherCase(n is int)
SWITCH n
	CASE 1
		ExceptionChangeParameter(epResult, -1)
		RESULT 0
	OTHER CASE
		RESULT 1/0 // error: WL113:11 Division by zero
END

PROCEDURE EndsWithResult(n is int)
IF n > 0 THEN
	ExceptionChangeParameter(epResult, -1)
	RESULT 0
END
RESULT 1/0 // error: WL113:9 Division by zero

PROCEDURE BackToCode(n is int)
IF n > 0 THEN
	ExceptionChangeParameter(epResult, -1)
	ExceptionChangeParameter(epCode)
END
RESULT 1/0 // error: WL113:9 Division by zero

PROCEDURE CodeAlone()
ExceptionChangeParameter(epResult, -1)
ExceptionChangeParameter(epCode)
Trace(1/0) // error: WL113:8 Division by zero
ExceptionRestoreParameter()
RESULT 1/0

PROCEDURE ThenBranch(n is int)
IF n > 0 THEN
	ExceptionChangeParameter(epResult, -1)
	Trace(1/0)
ELSE
	Trace(2)
END
RESULT 1/0
