// Mocks of the window functions the purchasing procedures call
CONSTANT
	Yes = 1
	No = 0
END
gnAnswer is int = Yes

PROCEDURE YesNo(nDefault, sQuestion)
Trace("asked: " + sQuestion)
IF gnAnswer < 0 THEN RESULT nDefault	// -1: the user pressed Enter
RESULT gnAnswer

PROCEDURE Error(*)
Trace("error box: " + MyParameters[1])
