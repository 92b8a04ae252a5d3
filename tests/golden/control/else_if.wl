// ELSE IF chains: the first true branch runs, and only it
FOR EACH n OF [17, 13, 12, 10, 3]
	IF n >= 16 THEN
		Trace("A")
	ELSE IF n >= 12 THEN
		Trace("B")
	ELSE IF n >= 10 THEN
		Trace("C")
	ELSE
		Trace("F")
	END
END
// expect: A
// expect: B
// expect: B
// expect: C
// expect: F
