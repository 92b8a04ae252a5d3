// a procedure that needs arguments, named without them where a number or a text is
// stored: it is the procedure itself (a reference), not a call, and the run stops there
// (WL110, deferred); a Procedure variable takes it, and so does a procedure needing none
// (named alone, it is called)
x is int = Twice // error: WL110:12 'Twice' needs 1 argument(s): named without them it is the procedure itself, which cannot be stored in 'x', a number
s is string
s = Twice // error: WL110:5 'Twice' needs 1 argument(s): named without them it is the procedure itself, which cannot be stored in 's', a string
p is procedure = Twice
n is int = Seven
Trace(x, s, p(2), n)

PROCEDURE Twice(v)
RESULT 2 * v

PROCEDURE Seven()
RESULT 7
