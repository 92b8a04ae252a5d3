// a FOR loop without END is a syntax error naming the FOR
Trace("x")
FOR i = 1 TO 3
	Trace(i)
// expect error: expected END to close the FOR opened at line 3
