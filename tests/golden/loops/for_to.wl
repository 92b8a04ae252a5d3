// FOR i = a TO b runs from a to b inclusive
FOR i = 1 TO 3
	Trace(i)
END
// expect: 1
// expect: 2
// expect: 3
FOR j = 5 TO 4
	Trace("never")
END
Trace("empty range done") // expect: empty range done
