// declared again in another block with the same type: the same variable (no error); in
// the same block, in a block the first declaration's block holds, or with another type:
// WL105
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
	total is int // error: WL105:2 'total' is declared twice
	Trace(total)
END

PROCEDURE OtherType(n is int)
IF n > 0 THEN
	v is int = 1
	Trace(v)
ELSE
	v is string // error: WL105:2 'v' is already declared as int
	Trace(v)
END
