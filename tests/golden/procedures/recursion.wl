// recursive procedures
Trace(Fact(10)) // expect: 3628800
Trace(Fib(15)) // expect: 610

PROCEDURE Fact(n)
IF n <= 1 THEN RETURN 1
RETURN n * Fact(n - 1)

PROCEDURE Fib(n)
IF n < 2 THEN RETURN n
RETURN Fib(n - 1) + Fib(n - 2)
