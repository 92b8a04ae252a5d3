// RETURN value gives the result; RETURN alone leaves early
Trace(Square(7)) // expect: 49
Show(0)
Show(3) // expect: value 3

PROCEDURE Square(n)
RETURN n * n

PROCEDURE Show(n)
IF n = 0 THEN RETURN
Trace("value " + n)
