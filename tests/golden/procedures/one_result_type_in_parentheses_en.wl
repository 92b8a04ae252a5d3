// One result type in parentheses, `: (int)`, is that type: RESULT's value is converted to
// it (docs/semantics.md "Several values"). It was a list of one: the run stopped at
// `RESULT "12"` ("Expected 1 values to assign, got a single value") and check was silent.
nValue is int = Twelve()
Trace(nValue + 1) // expect: 13
Trace(TypeVar(Twelve()) = wlInt) // expect: 1
PROCEDURE Twelve() : (int)
RESULT "12"
