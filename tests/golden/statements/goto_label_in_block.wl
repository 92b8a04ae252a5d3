// A label inside a block is refused: a GOTO would jump into the block
x is int = 1
IF x = 1 THEN
	Inside: // expect error: label 'Inside' is inside a block
	x++
END
GOTO Inside
