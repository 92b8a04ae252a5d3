// Arithmetic on an enumeration's value stops the run: an enumeration's values are no
// numbers ("A value of type enumeration cannot be used as a number."); `wl check` says
// WL113 at the value (docs/semantics.md "Arithmetic on an enumeration's value"). Beside a
// text, `+` joins the value's name.
Level is enumeration
	Low
	High
END
Trace("level " + High) // expect: level High
e is Level = Low
WHEN EXCEPTION IN
	Trace(e * 2)
DO
	Trace(ExceptionInfo(errMessage)) // expect: A value of type enumeration cannot be used as a number.
END
x is int = Low + 0 // expect error: A value of type enumeration cannot be used as a number.
