// A range of MyParameters passed on to a procedure with several syntaxes, none of which
// takes that many values: the error when the call runs (wl check does not count it)
Trace(Pass(1)) // expect: 1!
// expect error: No syntax of Both takes 3 parameter(s)
Pass(1, 2, 3)
PROCEDURE Pass(*)
RESULT Both(MyParameters[1 TO])
PROCEDURE Both(a is int, b is int)
RESULT a + b
PROCEDURE Both(s is string)
RESULT s + "!"
