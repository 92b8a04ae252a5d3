// GOTO Label goes on at the line `Label:` of the same process, backwards or forwards,
// out of IFs and loops (docs/semantics.md "GOTO and labels")
n is int = 0
Again:
n++
IF n < 3 THEN GOTO Again
Trace(n) // expect: 3
FOR i = 1 TO 5
	FOR j = 1 TO 5
		IF i * j = 6 THEN GOTO Found
	END
END
Trace("never")
Found:
Trace(i, j) // expect: 2, 3
Trace(Sum(4)) // expect: 10
goto skipped
Trace("never either")
Skipped:
Trace("end") // expect: end
IF n = 3 THEN GOTO A ELSE GOTO B
A:
Trace("label A") // expect: label A
B:

PROCEDURE Sum(k is int)
total is int
Next:
IF k = 0 THEN GOTO Finished
total += k
k--
GOTO Next
Finished:
RESULT total
