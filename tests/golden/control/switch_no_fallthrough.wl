// only the first matching CASE runs, even if a later one matches too
x is int = 5
SWITCH x
	CASE 5
		Trace("five") // expect: five
	CASE 1 TO 10
		Trace("one to ten")
	OTHER CASE
		Trace("other")
END
Trace("done") // expect: done
