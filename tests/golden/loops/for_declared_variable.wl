// a declared variable can be the loop variable
i is int = 100
FOR i = 1 TO 2
	Trace(i)
END
// expect: 1
// expect: 2
