// variables declared in a procedure are its own; main code variables are not changed
x is int = 1
Work() // expect: 50
Trace(x) // expect: 1

PROCEDURE Work()
x is int = 50
Trace(x)
