// A one-line IF as a CASE's action on its line, with ';' (with or without THEN, closed by
// END or not): the actions after ';' belong to the IF's branch, as on a line of their own
// (docs/semantics.md, "One-line IF with ';'")
FOR n = 1 TO 6
	Check(n, False)
	Check(n, True)
END
PROCEDURE Check(n is int, c is boolean)
SWITCH n
	CASE 1 : IF c THEN Trace("1x") ; Trace("1y")
	CASE 2 : IF c Trace("2x") ; Trace("2y")
	CASE 3 : IF c THEN Trace("3x") ; Trace("3y") END
	CASE 4 : IF c THEN Trace("4x") ELSE Trace("4z") ; Trace("4w")
	case 5 if c then trace("5x") ; trace("5y")
	OTHER CASE : IF c THEN Trace("ox") ; Trace("oy")
END
// expect: 1x
// expect: 1y
// expect: 2x
// expect: 2y
// expect: 3x
// expect: 3y
// expect: 4z
// expect: 4w
// expect: 4x
// expect: 5x
// expect: 5y
// expect: ox
// expect: oy
