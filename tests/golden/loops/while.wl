// WHILE runs while the condition holds, and not at all if it starts false
n is int = 1
WHILE n < 100
	n = n * 3
END
Trace(n) // expect: 243
WHILE False
	Trace("never")
END
Trace("done") // expect: done
