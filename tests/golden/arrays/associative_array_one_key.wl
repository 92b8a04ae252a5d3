// An associative array takes one key per element: `aa["a", "b"]` stops with an error
// that says so and how to key by several values (it said "A value of type associative
// array cannot be indexed"). (INFERRED: the help page ?1514058's stored copy stops
// before its section on accessing elements; docs/semantics.md "An associative array
// takes one key")
aaPrice is associative array of int
aaPrice["apple" + TAB + "red"] = 3
Trace(aaPrice["apple" + TAB + "red"])   // expect: 3
aaStock is associative array of associative array of int
aaStock["apple"]["red"] = 12
Trace(aaStock["apple"]["red"])   // expect: 12
WHEN EXCEPTION IN
	Trace(aaPrice["apple", "red"]) // wl: ignore[WL110]
DO
	Trace(ExceptionInfo())   // expect: An associative array takes one key per element, not 2: to key an element by several values, join them into one key (k1 + TAB + k2) or use an associative array of associative arrays (aa[k1][k2]).
END
aaPrice["pear", "green"] = 4   // expect error: An associative array takes one key per element, not 2: to key an element by several values, join them into one key (k1 + TAB + k2) or use an associative array of associative arrays (aa[k1][k2]).
