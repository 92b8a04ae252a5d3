// ExceptionInfo after its WHEN EXCEPTION handler has ended: still the last exception
// handled (docs/semantics.md, "ExceptionInfo after its handler", INFERRED); "" / 0 before
Trace("[" + ExceptionInfo() + "]", ExceptionInfo(errCode)) // expect: [], 0
WHEN EXCEPTION IN
	ExceptionThrow(5, "Stock is negative.")
DO
	Trace("handled", ExceptionInfo(errCode)) // expect: handled, 5
END
Trace(ExceptionInfo(errMessage), ExceptionInfo(errCode)) // expect: Stock is negative., 5
Trace(ExceptionInfo(errFullDetails) [=] "Error code: 5") // expect: 1
WHEN EXCEPTION IN
	ExceptionThrow(6, "Second.")
DO
END
Trace(ExceptionInfo()) // expect: Second.
WHEN EXCEPTION IN
	ExceptionPropagate()
DO
	Trace("again:", ExceptionInfo(errCode)) // expect: again:, 6
END
