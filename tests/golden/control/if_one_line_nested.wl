// Nested one-line IFs with ';' where an IF has no THEN: the actions after ';' belong to
// the innermost IF's branch and the line's end closes every IF of the line, as with THEN
// (docs/semantics.md, "One-line IF with ';'")
Check(True, False)
Check(True, True)
Check(False, True)
PROCEDURE Check(a is boolean, b is boolean)
IF a THEN IF b Trace("1x") ; Trace("1y")
IF a IF b THEN Trace("2x") ; Trace("2y")
if a if b trace("3x") ; trace("3y") ;
IF a THEN IF b THEN Trace("4x") ; Trace("4y")
IF a THEN
	IF b Trace("6x") ; Trace("6y")
ELSE
	IF b Trace("7x") ; Trace("7y")
END
IF NOT a IF b Trace("5x") ; RETURN
Trace("end " + a + " " + b)
// expect: end 1 0
// expect: 1x
// expect: 1y
// expect: 2x
// expect: 2y
// expect: 3x
// expect: 3y
// expect: 4x
// expect: 4y
// expect: 6x
// expect: 6y
// expect: end 1 1
// expect: 7x
// expect: 7y
// expect: 5x
