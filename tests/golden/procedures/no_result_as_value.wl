// A procedure with no RESULT used as a value stops the run at the call (WINDEV's
// compiler refuses it; docs/semantics.md, "A procedure without RESULT used as a value").
// It gave 0 silently. Called on a line of its own it runs as before.
Note("first")
n is int = 5
n = Note("second") // expect error: 'Note' gives no result (it has no RESULT): its call cannot be used as a value
Trace("not reached", n)
// expect: first

PROCEDURE Note(s)
Trace(s)
