// NOT negates a boolean; NOT x IN (...) means "x is not in the list"
b is boolean = False
Trace(NOT b) // expect: 1
Trace(NOT True) // expect: 0
x is int = 3
IF NOT x IN (1, 2) THEN Trace("3 is not in (1, 2)") // expect: 3 is not in (1, 2)
IF NOT (x > 5) THEN Trace("x is at most 5") // expect: x is at most 5
