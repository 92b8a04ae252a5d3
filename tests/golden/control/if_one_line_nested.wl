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
IF a THEN IF b Trace("8x") ; Trace("8y") ELSE Trace("8z") ; Trace("8w")
IF a IF b THEN Trace("9x") ; Trace("9y") ELSE Trace("9z") ; Trace("9w")
if a if b trace("10x") else trace("10z") ; trace("10w")
IF NOT a IF b Trace("5x") ; RETURN
Trace("end " + a + " " + b)
// expect: 8z
// expect: 8w
// expect: 9z
// expect: 9w
// expect: 10z
// expect: 10w
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
// expect: 8x
// expect: 8y
// expect: 9x
// expect: 9y
// expect: 10x
// expect: end 1 1
// expect: 7x
// expect: 7y
// expect: 5x
