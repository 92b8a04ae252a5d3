// a statement continues inside parentheses over several lines, without "..."
total is int = Max(1,
	7,
	3)
Trace(total) // expect: 7
Trace("a",
	"b") // expect: a, b
IF (total > 5 AND
	total < 10) THEN
	Trace("in range") // expect: in range
END
