// A branch of an IF or a SWITCH that leaves (RESULT, RETURN, BREAK, CONTINUE, ErrorThrow...)
// never reaches what follows the END: a variable every other branch declares is given its
// value whenever the read runs, no WL226. Without an ELSE, the IF still may not run.
Trace(Next(True), Sum(3))

PROCEDURE Next(c is boolean)
IF c THEN
	x is int = 1
ELSE
	RESULT -1
END
SWITCH x
	CASE 1: k is int = 10
	CASE 2: k is int = 20
	OTHER CASE: ErrorThrow(1, "no")
END
RESULT x + k

PROCEDURE Sum(n is int)
t is int = 0
FOR i = 1 TO n
	IF i <> 2 THEN
		v is int = i
	ELSE
		CONTINUE
	END
	t += v
	IF i = 3 THEN
		w is int = i
	END
END
RESULT t + w // warning: WL226:12 'w' is read after the END of the IF block that declares it: where that block did not run, it was never given a value
