// A structure given where a text or a number is wanted: the run's message names it,
// "STPoint (a structure)", as an object's names its class ("CA (an object)") and as
// `wl check` does; it said "a value of type structure" (decided: docs/semantics.md
// "A structure named in run messages").
STPoint is Structure
	x is int
END
stOrigin is STPoint
WHEN EXCEPTION IN
	Trace(Length(stOrigin)) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo(errMessage)) // expect: Length expects a string, not a value of type STPoint (a structure).
END
WHEN EXCEPTION IN
	nX is int = stOrigin // wl: ignore[WL110]
DO
	Trace(ExceptionInfo(errMessage)) // expect: A value of type STPoint (a structure) cannot be used as a number.
END
sText is string = stOrigin // expect error: A value of type STPoint (a structure) cannot be converted to a string.
