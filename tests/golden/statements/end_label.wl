// END: starts the code run whenever the procedure is left (RESULT, RETURN, or the end)
Trace(P(1)) // expect: computing
// expect: leaving P
// expect: positive
Trace(P(-1)) // expect: leaving P
// expect: negative
PROCEDURE P(n)
IF n < 0 THEN RESULT "negative"
Trace("computing")
RESULT "positive"
END:
Trace("leaving P")
