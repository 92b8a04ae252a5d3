// A Date parameter given "" holds the empty Date, which a 2-byte int stores as 0 (it
// has no digits to be beyond the range), and `wl check` no longer says WL110 there when
// a call of the program gives it "" (docs/semantics.md "A Date parameter given an empty
// text"); given a date, the store stops the run, as the check said.
Trace(Keep("")) // expect: 0
Trace(Keep("20251207")) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.

PROCEDURE Keep(dGiven is Date)
nShort is 2-byte int
WHEN EXCEPTION IN
	nShort = dGiven
DO
	RESULT ExceptionInfo(errMessage)
END
RESULT nShort
