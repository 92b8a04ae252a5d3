// A procedure declared with an array result type whose RESULT gives two values stops the
// run at that RESULT, in the words `wl check` says there (WL110,
// tests/diagnostics/composite_result_type_given_several.wl); the check was silent
Trace("start") // expect: start
Trace(Listed())

PROCEDURE Listed() : array of int
RESULT (1, 2) // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in an array.
