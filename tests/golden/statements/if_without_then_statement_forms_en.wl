// A one-line IF without THEN (WINDEV 2025) takes any statement after its condition:
// a reference assignment (`IF x > 2 p <- x` was "unexpected '<'": the `<-` read as
// `< -`), a compound assignment, a subscript or member target, a method call, RETURN,
// RESULT, BREAK, CONTINUE; an IF whose THEN is on its line, or on no line, is a block.
CCounter is Class
	nValue is int
	pOther is CCounter dynamic
END
c1 is CCounter
c2 is CCounter
pCur is CCounter dynamic
x is int = 5
n is int
IF x > 2 n <- x
Trace(n) // expect: 5
IF x > 2 n += 10
Trace(n) // expect: 15
IF x > 9 n <- 0 ELSE n <- 1
Trace(n) // expect: 1
tab is array of 3 int
IF x = 5 tab[2] <- 7
IF x = 5 tab[3] = 8
Trace(tab[2], tab[3]) // expect: 7, 8
IF x > 2 pCur <- c1
IF x < 2 pCur <- c1 ELSE pCur <- c2
pCur.nValue = 4
Trace(c1.nValue, c2.nValue) // expect: 0, 4
IF (x = 5) c1.pOther <- c2
IF c1.pOther <> Null c1:nValue <- c1.pOther.nValue + 1
Trace(c1.nValue) // expect: 5
IF x > 2 c1.Add(3) ; Trace("added")
// expect: added
IF x > 2 c2:Add(1)
Trace(c1.nValue, c2.nValue) // expect: 8, 5
IF Twice(x) = 10 x <- 6
Trace(x) // expect: 6
Show(-1)
Show(2) // expect: shown 2
Trace(Twice(-4), Twice(4)) // expect: -1, 8
FOR i = 1 TO 5
	IF i = 2 CONTINUE
	IF i = 4 BREAK
	Trace(i) // expect: 1
	// expect: 3
END
IF x > 2 THEN
	Trace("block") // expect: block
END
IF x > 2
	Trace("block without THEN") // expect: block without THEN
END
PROCEDURE CCounter::Add(nStep is int)
nValue += nStep
PROCEDURE Show(n is int)
IF n < 0 RETURN
Trace("shown " + n)
PROCEDURE Twice(n is int)
IF n < 0 RESULT -1
RESULT n * 2
