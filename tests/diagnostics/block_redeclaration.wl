// declared again in another block with the same type: the same variable (no error); in
// the same block: WL105; in an inner block: a new variable hiding the outer one (WL205);
// in a sibling block with another type: another variable (no diagnostic)
PROCEDURE Branches(n is int)
IF n > 0 THEN
	i is int = 1
	Trace(i)
ELSE
	i is int = 2
	Trace(i)
	i is int // error: WL105:2 'i' is declared twice
END

PROCEDURE Nested(n is int)
total is int = n
IF n > 0 THEN
	total is int = 2 // warning: WL205:2 'total' hides the variable of the same name declared at line 15
	Trace(total)
END
Trace(total)

PROCEDURE OtherType(n is int)
IF n > 0 THEN
	v is int = 1
	Trace(v)
ELSE
	v is string = "a"
	v is int // error: WL105:2 'v' is already declared as string
	Trace(v)
END
