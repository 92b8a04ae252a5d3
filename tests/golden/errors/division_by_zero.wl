// dividing by zero is a fatal error
n is int = 0
Trace("before") // expect: before
Trace(10 / n) // expect error: Division by zero
