// A lambda declared with one result type that gives two values: the run stops where the
// lambda is written, in the words `wl check` uses there (WL110), not at the call naming
// the lambda's internal name (docs/semantics.md "A lambda's RESULT of the wrong count").
fTwice is procedure = (x) : int => (x, 1) // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number.
Trace("before the call") // expect: before the call
Trace(fTwice(2))
