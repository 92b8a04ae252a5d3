// FOR EACH STRING cuts a text into pieces: given an array (a literal or a variable) or an
// associative array, the run stops at the loop with a WLanguage message saying how to
// walk the elements (it said "A value of type list...", a Python type name). A Variant,
// a JSON member or a Buffer holding text is cut as the text.
// (docs/semantics.md, "FOR EACH STRING over an array")
v is Variant = "c;d"
FOR EACH STRING s OF v SEPARATED BY ";"
	Trace(s)
END
// expect: c
// expect: d
t is array of strings = ["a", "b"]
WHEN EXCEPTION IN
	FOR EACH STRING s OF t SEPARATED BY "," // wl: ignore[WL110] (what wl check says; the run is caught here)
		Trace(s)
	END
DO
	Trace(ExceptionInfo()) // expect: FOR EACH STRING cuts a text into pieces, but it was given an array: walk an array's elements with FOR EACH x OF t (or join them first with ArrayToString).
END
FOR EACH STRING s OF ArrayToString(t, ",") SEPARATED BY ","
	Trace(s)
END
// expect: a
// expect: b
aa is associative array of strings
aa["k"] = "x"
WHEN EXCEPTION IN
	FOR EACH STRING s OF aa // wl: ignore[WL110] (what wl check says; the run is caught here)
		Trace(s)
	END
DO
	Trace(ExceptionInfo()) // expect: FOR EACH STRING cuts a text into pieces, but it was given a value of type associative array: walk an array's elements with FOR EACH x OF t (or join them first with ArrayToString).
END
FOR EACH STRING s OF ["a", "b"] SEPARATED BY "," // wl: ignore[WL110] // expect error: FOR EACH STRING cuts a text into pieces, but it was given an array
	Trace(s)
END
