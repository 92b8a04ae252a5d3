// ExceptionPropagate with a message, as real code writes it
// (ExceptionPropagate(ExceptionInfo(errMessage))): the exception goes on with its code;
// a different message replaces its own (INFERRED, docs/semantics.md
// "ExceptionPropagate's message").
WHEN EXCEPTION IN
	Inner("first", "")
DO
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))   // expect: 12, first
END
WHEN EXCEPTION IN
	Inner("first", "second")
DO
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))   // expect: 12, second
END
WHEN EXCEPTION IN
	Inner("first", Null)
DO
	Trace(ExceptionInfo(errMessage))   // expect: first
END

PROCEDURE Inner(sThrown is string, sPassed)
WHEN EXCEPTION IN
	ExceptionThrow(12, sThrown)
DO
	IF sPassed = Null THEN
		ExceptionPropagate()
	ELSE IF sPassed = "" THEN
		ExceptionPropagate(ExceptionInfo(errMessage))
	ELSE
		ExceptionPropagate(sPassed)
	END
END
