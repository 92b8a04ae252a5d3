// A lambda or an internal procedure of a body whose ExceptionChangeParameter handles gives
// the mode's value where it is called with the mode on, given on through a variable too;
// called before the change inside WHEN EXCEPTION IN, the probe catches it. wl check says
// nothing of these lines; where a call is made before the change or after a restore, the
// run stops in the lambda and check says WL113 there
// (tests/diagnostics/lambda_called_where_the_mode_is_off.wl).
Trace(InternalOnlyInTheMode()) // expect: -4
Trace(LambdaGivenOnInTheMode()) // expect: -5
Trace(LambdaProbedBeforeTheChange()) // expect: caught
// expect: -6

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
