// A divisor written as the literal 0 stops the run at the operator (WL113), unless a
// WHEN EXCEPTION catches it: WHEN EXCEPTION IN around it, or WHEN EXCEPTION ... END
// without IN earlier in its block (it guards the rest of that block). Code that divides
// by zero on purpose to try its handler (real code does) was an error for wl check.
nTotal is int = 10
WHEN EXCEPTION IN
	nTotal = nTotal / 0 // warning: WL206:2 'nTotal' is an integer: the decimal part of this value is lost
DO
	Trace("caught")
END
IF nTotal > 0 THEN
	WHEN EXCEPTION
		Trace("handled")
	END
	nTotal = nTotal % 0
END
nTotal = nTotal % 0 // error: WL113:17 Modulo by zero
Trace(Ratio(4), Share(4))
PROCEDURE Ratio(n is int)
WHEN EXCEPTION
	RESULT -1
END
RESULT n / 0
PROCEDURE Share(n is int)
RESULT n / 0 // error: WL113:10 Division by zero
