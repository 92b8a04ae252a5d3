// A variable read after the END of the only block that declares it: the name is still
// that variable, but where the block did not run it was never given a value, and the run
// stops at the read ("used before its declaration"): WL226, a warning (the block may well
// have run; `wl run` holds it until it tells). Not said: a name declared in every branch
// of an IF with an ELSE, one assigned after the END, a FOR or FOR EACH variable.
n is int = 1
IF n = 1 THEN
	x is int = 5
END
Trace(x) // warning: WL226:7 'x' is read after the END of the IF block that declares it: where that block did not run, it was never given a value
IF n > 0 THEN
	y is int = 1
ELSE
	y is int = 2
END
Trace(y)
FOR i = 1 TO n
	s is string = "turn " + i
END
s = "set"
Trace(s, i)
FOR EACH sItem OF ["a", "b"]
	sLast is string = sItem
END
Trace(sLast) // warning: WL226:7 'sLast' is read after the END of the FOR EACH block that declares it: where that block did not run, it was never given a value
Trace(Kind(2))

PROCEDURE Kind(k is int)
SWITCH k
	CASE 1: sName is string = "one"
	CASE 2: sName is string = "two"
END
RESULT sName // warning: WL226:8 'sName' is read after the END of the SWITCH block that declares it: where that block did not run, it was never given a value
