// CONTINUE skips to the next pass of the loop
FOR i = 1 TO 6
	IF i % 2 = 0 THEN CONTINUE
	Trace(i)
END
// expect: 1
// expect: 3
// expect: 5
n is int
WHILE n < 4
	n++
	IF n = 2 THEN CONTINUE
	Trace("n=" + n)
END
// expect: n=1
// expect: n=3
// expect: n=4
