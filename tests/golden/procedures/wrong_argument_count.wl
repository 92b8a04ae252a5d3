// calling a procedure with too many arguments is an error
Trace(Add(1, 2)) // expect: 3
Trace(Add(1, 2, 3)) // expect error: Add

PROCEDURE Add(a, b)
RETURN a + b
