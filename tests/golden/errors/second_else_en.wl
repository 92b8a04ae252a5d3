// A branch written after the last one of its block: an IF's ELSE is its last branch, so
// a second ELSE (or an ELSE IF after it) is refused, in words naming the ELSE before and
// the IF; it said "unexpected 'ELSE'; expected an expression or END".
nStock is int = 3
IF nStock > 10 THEN
	Trace("plenty")
ELSE IF nStock > 0 THEN
	Trace("low")
ELSE
	Trace("none")
ELSE // expect error: 'ELSE' cannot follow the ELSE that is at line 9: that branch is the last of the IF opened at line 5, only END may follow it
	Trace("never")
END
