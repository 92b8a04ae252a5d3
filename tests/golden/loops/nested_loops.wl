// nested loops building a small multiplication table
line is string
FOR i = 1 TO 3
	line = ""
	FOR j = 1 TO 3
		line += (i * j) + " "
	END
	Trace(NoSpace(line))
END
// expect: 1 2 3
// expect: 2 4 6
// expect: 3 6 9
