// multi-line IF ... THEN ... ELSE ... END
x is int = 7
IF x > 5 THEN
	Trace("big") // expect: big
	Trace("still in THEN") // expect: still in THEN
ELSE
	Trace("small")
END
IF x > 10 THEN
	Trace("huge")
END
Trace("after") // expect: after
