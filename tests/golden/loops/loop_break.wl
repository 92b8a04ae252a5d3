// LOOP ... END runs until BREAK
n is int
LOOP
	n++
	IF n = 4 THEN BREAK
END
Trace(n) // expect: 4
