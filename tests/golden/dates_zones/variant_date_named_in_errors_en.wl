// A Date, Time or DateTime held by a Variant is named by its type in the run's words:
// "A value of type date cannot be used as a boolean." (it said "of type string").
dDue is Date = "20240131"
vDue is Variant = dDue
tStart is Time = "0830"
vStart is Variant = tStart
WHEN EXCEPTION IN
	IF vDue + 1 THEN Trace("true")
DO
	Trace(ExceptionInfo()) // expect: A value of type date cannot be used as a boolean.
END
WHEN EXCEPTION IN
	IF vStart THEN Trace("true")
DO
	Trace(ExceptionInfo()) // expect: A value of type time cannot be used as a boolean.
END
sText is string = "20240131"
WHEN EXCEPTION IN
	IF sText THEN Trace("true") // wl: ignore[WL110]
DO
	Trace(ExceptionInfo()) // expect: A string cannot be used as a boolean.
END
