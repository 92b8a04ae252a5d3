// A Date given a text that names no day ("2024xx05") keeps it as an invalid Date (DateValid
// gives False, as for "20231345": docs/semantics.md "An invalid Date"); adding or taking
// days stops naming it, as for invalid digits: `d + 1` gave "2024xx051", the text and the
// number joined.
dDue is Date = "2024xx05"
Trace(dDue, DateValid(dDue)) // expect: 2024xx05, 0
WHEN EXCEPTION IN
	Trace(dDue + 1)
DO
	Trace(ExceptionInfo(errMessage)) // expect: The Date "2024xx05" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
END
dDue = "20240105"
Trace(dDue + 1, "due " + dDue) // expect: 20240106, due 20240105
dDue = "hello"
Trace(dDue - 2) // expect error: The Date "hello" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
