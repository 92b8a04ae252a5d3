// An IF copied from a tutorial written with another language's keywords (ENTONCES):
// without THEN the line is a one-line IF, and the END that follows closes nothing;
// the message says why and how to open the block.
nQuantity is int = 3
IF nQuantity > 2 ENTONCES
	Trace("bulk order")
END // expect error: 'END' without a block to close: the IF of line 5 has no THEN, so it was read as a one-line IF whose action ends with 'ENTONCES'; to open a block, write IF <condition> THEN ... END
