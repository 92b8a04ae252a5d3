// END: in a script's main code runs when the main code is left, here by RETURN
nTotal is int
FOR i = 1 TO 5
	nTotal += i
	IF nTotal > 5 THEN RETURN
END
Trace("not reached")
END:
Trace("total " + nTotal) // expect: total 6
