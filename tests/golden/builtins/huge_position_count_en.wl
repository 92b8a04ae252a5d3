// A number beyond the largest integer (an 8-byte int) given where a built-in wants a
// position, a count or a size is refused in the function's own words: its name, the
// parameter's rank, the value as written (decided: docs/semantics.md "A huge number
// given as a position or a count"). Position said only "Numeric overflow or invalid
// numeric operation.", Repeat and Complete gave a count of 309 digits.
sText is string = "invoice;credit;invoice"
rHuge is real = 1e308
WHEN EXCEPTION IN
	Trace(Position(sText, "credit", rHuge))
DO
	Trace(ExceptionInfo()) // expect: Position: parameter 3 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
	Trace(ExceptionInfo(errCode)) // expect: 1003
END
WHEN EXCEPTION IN
	Trace(Middle(sText, 9, rHuge))
DO
	Trace(ExceptionInfo()) // expect: Middle: parameter 3 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
	Trace(Left(sText, -rHuge))
DO
	Trace(ExceptionInfo()) // expect: Left: parameter 2 is -1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
	Trace(Repeat("-", rHuge))
DO
	Trace(ExceptionInfo()) // expect: Repeat: parameter 2 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
	Trace(Complete("ab", 1e19, "."))
DO
	Trace(ExceptionInfo()) // expect: Complete: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
	Trace(Charact(rHuge))
DO
	Trace(ExceptionInfo()) // expect: Charact: parameter 1 is 1e+308, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
// within the range, a position past the end finds nothing, as before
Trace(Position(sText, "credit", 9223372036854775807)) // expect: 0
Trace(Middle(sText, 9, 1e18)) // expect: credit;invoice
Trace(Position(sText, "credit", 3000000000)) // expect: 0
