// WHEN EXCEPTION IN ... DO ... END catches a fatal error and carries on after END
t is array of int = [1, 2]
WHEN EXCEPTION IN
	Trace("before") // expect: before
	Trace(t[5])
	Trace("not reached")
DO
	Trace("caught") // expect: caught
END
Trace("after") // expect: after
