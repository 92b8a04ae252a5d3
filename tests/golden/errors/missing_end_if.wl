// an IF block without its END names the line of the IF
x is int = 1
IF x = 1 THEN
	Trace("one")
Trace("after")
// expect error: expected END to close the IF opened at line 3
