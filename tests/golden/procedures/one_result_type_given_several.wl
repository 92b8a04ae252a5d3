// A procedure declared with one result type whose RESULT gives two values stops the run
// at that RESULT, in the words `wl check` says there (WL110,
// tests/diagnostics/one_result_type_given_several.wl); the check said it at the call
Trace("start") // expect: start
(a, b) is int = Pair()
Trace(a, b)

PROCEDURE Pair() : int
RESULT (1, 2) // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
