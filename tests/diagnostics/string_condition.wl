// a string variable or a text literal as a condition stops the run there ("A string
// cannot be used as a boolean.", VERIFIED ?1512003): WL110, deferred (the check said
// nothing); a comparison, a boolean and a number are conditions
sAnswer is string = "yes"
bDone is boolean = False
nCount is int = 2
IF sAnswer THEN Trace(1) // error: WL110:4 'sAnswer' is a string: it cannot be used as a boolean
IF NOT sAnswer THEN Trace(2) // error: WL110:8 'sAnswer' is a string: it cannot be used as a boolean
WHILE sAnswer // error: WL110:7 'sAnswer' is a string: it cannot be used as a boolean
	BREAK
END
IF "yes" THEN Trace(3) // error: WL110:4 a string cannot be used as a boolean
IF sAnswer <> "" AND NOT bDone THEN Trace(4)
IF nCount THEN Trace(5)
