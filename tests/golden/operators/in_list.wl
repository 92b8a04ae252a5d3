// IN (...) and NOT IN (...) test membership in a list
x is int = 3
Trace(x IN (1, 2, 3)) // expect: 1
Trace(x IN (4, 5)) // expect: 0
Trace(x NOT IN (4, 5)) // expect: 1
IF "b" IN ("a", "b") THEN Trace("found b") // expect: found b
