// Nested one-line IFs, one without THEN, then ELSE opening the next line: the ELSE is the
// innermost IF's, as on the line and as after nested IFs with THEN; its actions after ';'
// belong to it (docs/semantics.md, "One-line IF with ';'")
Check(True, True)
Check(True, False)
Check(False, True)
PROCEDURE Check(a is boolean, b is boolean)
IF a IF b Trace("1x")
ELSE Trace("1y")
IF a IF b Trace("2x") ; Trace("2u")
ELSE Trace("2y") ; Trace("2z")
IF a THEN IF b Trace("3x") ; Trace("3u")
ELSE Trace("3y") ; Trace("3z")
if a if b then trace("4x") ; trace("4u")
else trace("4y")
IF a THEN IF b THEN Trace("5x")
ELSE Trace("5y")
Trace("end")
// expect: 1x
// expect: 2x
// expect: 2u
// expect: 3x
// expect: 3u
// expect: 4x
// expect: 4u
// expect: 5x
// expect: end
// expect: 1y
// expect: 2y
// expect: 2z
// expect: 3y
// expect: 3z
// expect: 4y
// expect: 5y
// expect: end
// expect: end
