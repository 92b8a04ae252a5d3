// An empty Date or DateTime ("") stored into a small integer gives 0: it has no digits
// to be beyond the range, so the run stores 0 and `wl check` says nothing (WL110 is for a
// variable that certainly names a day: one given a date text, another Date, or left at
// its default, today). INFERRED: docs/semantics.md "An empty Date stored into a small
// integer".
dDue is Date = ""
dtSent is DateTime = ""
nShort is 2-byte int = dDue
Trace(nShort) // expect: 0
nByte is 1-byte int = dtSent
Trace(nByte) // expect: 0
nInt is int = dtSent
Trace(nInt) // expect: 0
dDue = "20251207"
dDue = ""
nShort = dDue
Trace(nShort) // expect: 0
dtSent = "20251207103000"
nWide is 8-byte int = dtSent
Trace(nWide) // expect: 20251207103000000
Trace(KeepFrom()) // expect: 0
Trace(KeepFrom("20251207")) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.

// a Date parameter left at its empty default stores 0
PROCEDURE KeepFrom(dFrom is Date = "")
nFrom is 2-byte int
WHEN EXCEPTION IN
	nFrom = dFrom
DO
	RESULT ExceptionInfo(errMessage)
END
RESULT nFrom
