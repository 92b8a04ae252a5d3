// SWITCH with single values, value lists and OTHER CASE; no fall-through
FOR i = 1 TO 4
	SWITCH i
		CASE 1
			Trace("one")
		CASE 2, 3
			Trace("two or three")
		OTHER CASE
			Trace("other")
	END
END
// expect: one
// expect: two or three
// expect: two or three
// expect: other
