// A built-in that gives no result used as a value stops the run at the call, before it
// runs (WINDEV's compiler refuses it; docs/semantics.md "A procedure without RESULT used
// as a value"). It gave an empty value. On a line of its own it runs as before.
Trace("first")
s is string = "x"
s = Trace("second") // expect error: 'Trace' gives no result: its call cannot be used as a value
Trace("not reached", s)
// expect: first
