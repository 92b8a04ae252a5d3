// IF c THEN action END on one line, actions separated by ';' (the IF page's first syntax)
Check(5)
Check(-1)
Check(0)
PROCEDURE Check(n is int)
IF n < 0 THEN Trace("negative"); RETURN END
IF n = 0 THEN Trace("zero") ELSE Trace("not zero") END
if n > 3 then Trace("big"); Trace("really") else if n > 0 then Trace("small") end
IF n > 0 THEN IF n > 4 THEN Trace("five or more") END END
Trace("done")
// expect: not zero
// expect: big
// expect: really
// expect: five or more
// expect: done
// expect: negative
// expect: zero
// expect: done
