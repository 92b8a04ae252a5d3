// NOT binds looser than a comparison: NOT a = b negates the whole comparison
a is int = 5
Trace(NOT a = 5) // expect: 0
Trace(NOT a = 6) // expect: 1
IF NOT a > 10 THEN Trace("a is not above 10") // expect: a is not above 10
