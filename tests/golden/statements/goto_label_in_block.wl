// A GOTO into a block is refused, at the GOTO: it would jump into the block
x is int = 1
GOTO Inside // expect error: GOTO Inside: the label 'Inside:' is inside a block this GOTO is not in
IF x = 1 THEN
	Inside:
	x++
END
