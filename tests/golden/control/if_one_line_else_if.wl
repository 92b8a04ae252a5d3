// One-line IF chained with ELSE IF, without END (the IF page's one-line syntax, ?1510011)
Grade(95)
Grade(72)
Grade(55)
Grade(10)
PROCEDURE Grade(n is int)
IF n >= 90 THEN Trace("A") ELSE IF n >= 70 THEN Trace("B") ELSE IF n >= 50 THEN Trace("C") ELSE Trace("F")
if n >= 90 then Trace("top") else if n >= 50 then Trace("middle") else Trace("low") end
IF n = 95 THEN Trace("ninety-five") ELSE IF n = 10 THEN Trace("ten")
IF n < 60 Trace("no THEN") ELSE IF n < 80 Trace("no THEN either") ELSE Trace("nor here")
// expect: A
// expect: top
// expect: ninety-five
// expect: nor here
// expect: B
// expect: middle
// expect: no THEN either
// expect: C
// expect: middle
// expect: no THEN
// expect: F
// expect: low
// expect: ten
// expect: no THEN
