// IF c THEN a ; b without END: every action after THEN (and after ELSE) belongs to its
// branch; the line's end closes the IF (docs/semantics.md, "One-line IF with ';'")
Check(0)
Check(7)
Check(-2)
PROCEDURE Check(n is int)
IF n = 0 THEN Trace("zero") ; RETURN
IF n > 5 THEN Trace("big") ; Trace("really") ELSE Trace("small") ; Trace("or negative")
IF n < 0 THEN Trace("negative") ; Trace("stop")
ELSE Trace("not negative") ; Trace("go on")
if n > 0 then if n > 6 then trace("over six") ; trace("still over six")
IF n = 7 THEN Trace("seven again")
ELSE Trace("not seven") ; Trace("still not seven")
IF n = 7 THEN Trace("seven") ;
Trace("after " + n)
// expect: zero
// expect: big
// expect: really
// expect: not negative
// expect: go on
// expect: over six
// expect: still over six
// expect: seven again
// expect: seven
// expect: after 7
// expect: small
// expect: or negative
// expect: negative
// expect: stop
// expect: not seven
// expect: still not seven
// expect: after -2
