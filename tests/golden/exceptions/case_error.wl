// a CASE ERROR: section runs when a non-fatal error is propagated in the procedure
Trace(Load("ok")) // expect: 1
Trace(Load("bad")) // expect: error: cannot load
// expect: 0

PROCEDURE Load(name)
IF name = "bad" THEN ErrorPropagate(12, "cannot load")
RETURN True
CASE ERROR:
	Trace("error: " + ErrorInfo(errMessage))
	RETURN False
