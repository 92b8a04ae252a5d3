// A real given where a built-in wants an integer (a count, a position, a rank) is
// truncated toward zero, as a real stored into an integer is (decided 6 Dec 2026,
// INFERRED: the help types these parameters "integer" and says no more;
// docs/semantics.md "A real given where a built-in wants an integer"). wl check warns
// WL206 at each literal below.
sRef is string = "INV-2026-0042"
Trace(Left(sRef, 3.9)) // expect: INV
Trace(Right(sRef, 4.5)) // expect: 0042
Trace(Middle(sRef, 5.99, 4.2)) // expect: 2026
Trace(Left(sRef, -0.5)) // expect:
Trace(Repeat("=", 2.7)) // expect: ==
Trace(ExtractString("a;b;c", 2.9, ";")) // expect: b
Trace(Position(sRef, "-", 4.5)) // expect: 4
nCount is real = 3.6
Trace(Left(sRef, nCount)) // expect: INV
// a real literal past the integers' range stops the run
WHEN EXCEPTION IN
	Trace(Middle(sRef, 2, 1e19))
DO
	Trace(ExceptionInfo()) // expect: Middle: parameter 3 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
