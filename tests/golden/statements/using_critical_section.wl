// USING cs IN ... END (PC SOFT's CriticalSection help: USE ... IN): the body runs
// holding the critical section; BREAK, RETURN and errors leave it released
csTotals is CriticalSection
nTotal is int
USING csTotals IN
	nTotal += 5
	Trace("in the section", nTotal) // expect: in the section, 5
END
FOR i = 1 TO 3
	use csTotals in
		nTotal++
		IF i = 2 THEN BREAK
	END
END
Trace(nTotal) // expect: 7
Trace(AddSafely(csTotals, 10)) // expect: 17
USING csTotals IN
	USING csTotals IN // a thread may enter its own section again
		Trace("nested") // expect: nested
	END
END
nNotASection is int
USING nNotASection IN // expect error: USING ... IN needs a CriticalSection variable
	Trace("never")
END
PROCEDURE AddSafely(cs, n)
USING cs IN
	RESULT nTotal + n
END
