// Help page "Declaring a procedure" (help.windev.com ?1513008): "the PROCEDURE keyword
// can be replaced by the FUNCTION keyword"; RESULT returns a value. The page's example
// reads a data file (HReadSeek): here the same shape on a value.
Trace(IsPositive(5), IsPositive(-2))    // expect: 1, 0

FUNCTION IsPositive(Value)
IF Value > 0 THEN
	RESULT True
ELSE
	RESULT False
END
