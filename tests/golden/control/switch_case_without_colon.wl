// CASE v stmt: the action on the CASE line without a colon (docs/semantics.md)
s is string
FOR n = 1 TO 6
	SWITCH n
		CASE 1 s = "one"
		CASE 2 s = "two"; s += "!"
		CASE 3, 4 Trace("three or four")
		CASE 5 s = "five"
		OTHER CASE s = "other"
	END
	Trace(n + " " + s)
END
// `1 s` stays a duration where no action follows it as a statement
d is Duration = 1 s
SWITCH d
	CASE 1 s Trace("one second")
	CASE 2 min
		Trace("two minutes")
END
// expect: 1 one
// expect: 2 two!
// expect: three or four
// expect: 3 two!
// expect: three or four
// expect: 4 two!
// expect: 5 five
// expect: 6 other
// expect: one second
