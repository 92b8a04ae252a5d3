// A lambda or an internal procedure of a body whose ExceptionChangeParameter handles is
// covered only where it is called with the mode on: called before the change or after a
// restore, a fatal error in it stops the run there (issue 8, L, 7 Dec 2026). Check said
// nothing of any of them (the body's change, anywhere, covered them all).
Trace(LambdaBeforeTheChange())
Trace(LambdaAfterARestore())
Trace(InternalBeforeTheChange())
Trace(InternalOnlyInTheMode())
Trace(LambdaGivenOnInTheMode())
Trace(LambdaProbedBeforeTheChange())
Trace(LambdaAsAnArgumentBeforeTheChange())

PROCEDURE LambdaBeforeTheChange()
f is Procedure = (x) => x / 0 // error: WL113:27 Division by zero
Trace(f(2))
ExceptionChangeParameter(epResult, -1)
RESULT f(3)

PROCEDURE LambdaAfterARestore()
ExceptionChangeParameter(epResult, -2)
g is Procedure = (x) => x / 0 // error: WL113:27 Division by zero
ExceptionRestoreParameter()
RESULT g(3)

PROCEDURE InternalBeforeTheChange()
Trace(Halve(2))
ExceptionChangeParameter(epResult, -3)
RESULT 3
	INTERNAL PROCEDURE Halve(x)
		RESULT x / 0 // error: WL113:12 Division by zero
	END

PROCEDURE InternalOnlyInTheMode()
ExceptionChangeParameter(epResult, -4)
RESULT Halve(2)
	INTERNAL PROCEDURE Halve(x)
		RESULT x / 0
	END

PROCEDURE LambdaGivenOnInTheMode()
f is Procedure = (x) => x / 0
ExceptionChangeParameter(epResult, -5)
g is Procedure = f
RESULT g(2)

PROCEDURE LambdaProbedBeforeTheChange()
f is Procedure = (x) => x / 0
WHEN EXCEPTION IN
	Trace(f(2))
DO
	Trace("caught")
END
ExceptionChangeParameter(epResult, -6)
RESULT f(3)

PROCEDURE LambdaAsAnArgumentBeforeTheChange()
t is array of int = [3, 1, 2]
ArraySort(t, asFunction, (a, b) => a / 0) // error: WL113:38 Division by zero
ExceptionChangeParameter(epResult, -7)
RESULT 7
