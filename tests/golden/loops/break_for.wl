// BREAK leaves the innermost loop only
FOR i = 1 TO 3
	FOR j = 1 TO 3
		IF j = 2 THEN BREAK
		Trace(i + "," + j)
	END
END
// expect: 1,1
// expect: 2,1
// expect: 3,1
n is int
FOR n = 1 TO 10
	IF n = 3 THEN BREAK
END
Trace("stopped at " + n) // expect: stopped at 3
