// A procedure's several values (`RESULT (a, b)`) given where one value is wanted stop
// the run with an error that says so (decided, docs/semantics.md "Several values"); it
// named Python's "tuple". `(x, y) = P()` receives them.
a, b are int
(a, b) = Two()
Trace(a, b) // expect: 1, 2
x is int
x = Two() // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
PROCEDURE Two()
RESULT (1, 2)
