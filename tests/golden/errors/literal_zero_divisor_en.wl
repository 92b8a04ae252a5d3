// A divisor written as the literal 0 stops the run at the operator whatever is divided
// ("Division by zero.", "Modulo by zero."); `wl check` now says so too (WL113, the same
// words at the same place: it said nothing). A divisor that only holds 0 when the program
// runs is the run's to find.
nQty is int = 12
nZero is int = 0
WHEN EXCEPTION IN
	Trace(nQty / nZero)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Division by zero.
END
WHEN EXCEPTION IN
	Trace(nQty % 0) // wl: ignore[WL113]
DO
	Trace(ExceptionInfo(errMessage)) // expect: Modulo by zero.
END
Trace(nQty / 0.5, nQty % 5) // expect: 24, 2
rAverage is real = (nQty + 3) / 0 // expect error: Division by zero.
