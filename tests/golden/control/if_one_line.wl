// one-line IF c THEN stmt [ELSE stmt], with no END
x is int = 4
IF x = 4 THEN Trace("four") // expect: four
IF x = 5 THEN Trace("five")
IF x = 5 THEN Trace("five") ELSE Trace("not five") // expect: not five
IF x > 0 THEN x = x * 10
Trace(x) // expect: 40
