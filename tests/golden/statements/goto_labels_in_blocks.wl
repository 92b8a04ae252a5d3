// Labels inside blocks: a GOTO goes to a label of its own block or of a block around it
// (docs/semantics.md "GOTO and labels"); BREAK and CONTINUE still reach their loop
n is int = 0
FOR i = 1 TO 3
	Again:
	n++
	IF n % 2 = 1 THEN GOTO Again
	IF i = 2 THEN CONTINUE
	Trace("i=" + i + " n=" + n)
	IF n > 5 THEN BREAK
END
Trace("after " + n)
k is int = 0
WHILE True
	k++
	IF k = 3 THEN
		Retry:
		k++
		IF k < 6 THEN GOTO Retry
		GOTO Out
	END
END
Out:
Trace("k=" + k)
// a FOR with STEP: CONTINUE runs the step, a GOTO leaves an inner loop for its body's label
total is int = 0
FOR i = 1 TO 10 STEP 3
	Top:
	total += i
	IF total % 2 = 1 AND total < 50 THEN
		total++
		GOTO Top
	END
	IF i = 4 THEN CONTINUE
	FOR j = 1 TO 3
		IF j = 2 THEN GOTO Next
		total += 100
	END
	Next:
END
Trace(total)
Walk(2)
PROCEDURE Walk(x is int)
LOOP
	x++
	IF x > 4 THEN
		Trace("x=" + x)
		BREAK
	END
	Inner:
	IF x = 3 THEN
		x = 10
		GOTO Inner
	END
END
SWITCH x
	CASE 11
		Twice:
		x++
		IF x < 13 THEN GOTO Twice
		Trace("case " + x)
END
// expect: i=1 n=2
// expect: i=3 n=6
// expect: after 6
// expect: k=6
// expect: 372
// expect: x=11
// expect: case 13
