// A procedure declared with one result type that may give two values (RESULT (1, 2))
// but gives one on this call (RESULT 3): the run stops at the call receiving two names,
// "got a single value", where `wl check` says it too
// (tests/diagnostics/one_result_given_here.wl); the RESULT (1, 2) never runs here (its
// WL110, ignored here, is pinned in tests/diagnostics)
Trace("start") // expect: start
(a, b) are int = Either(False) // expect error: Expected 2 values to assign, got a single value.
Trace(a, b)

PROCEDURE Either(bBoth is boolean) : int
IF bBoth THEN RESULT (1, 2) // wl: ignore[WL110]
RESULT 3
