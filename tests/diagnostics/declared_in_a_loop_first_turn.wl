// A LOOP (LOOP...END, LOOP...DO WHILE) and the IN part of a WHEN EXCEPTION IN always run
// their first statements: a variable they declare before the first statement that may
// leave (BREAK, CONTINUE, RESULT...) has its value after the END, no WL226. One declared
// after a BREAK, or in a LOOP (n) that may turn no time, is still WL226.
LOOP
	x is int = 7
	IF x > 5 THEN BREAK
	w is int = 1
END
Trace(x)
Trace(w) // warning: WL226:7 'w' is read after the END of the loop block that declares it: where that block did not run, it was never given a value
n is int = 0
LOOP
	y is int = 3
	n++
DO WHILE n < 2
Trace(y, n)
WHEN EXCEPTION IN
	z is int = 4
DO
	Trace("no")
END
Trace(z)
LOOP (n - 2)
	v is int = 1
END
Trace(v) // warning: WL226:7 'v' is read after the END of the loop block that declares it: where that block did not run, it was never given a value
