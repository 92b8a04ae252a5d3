// A call passing integers uses the procedure's integer version (compiler/specialize.py);
// every other call reaches the general one: both give the same results.
Trace(Fib(20), Fib("20"), Fib(20.0)) // expect: 6765, 6765, 6765
f is procedure = Fib
Trace(f(10)) // expect: 55
Trace(Describe(5), Describe("5"), Same(5)) // expect: 5a, 5a, 1
// an untyped parameter the body changes (directly or through a by-reference call)
// has no integer version: the caller's variable still changes
k is int = 5
Bump(k)
Trace(k, PassOn(k), k) // expect: 6, 7, 7
Trace(PassOn(k), k) // expect: 8, 8
// an int parameter receiving a value outside 32 bits still converts on entry
big is int = 2147483647
Trace(Add1(big), Add1(3000000000), Add1("12")) // expect: 2147483648, -1294967295, 13
// integers beyond 64 bits stay exact in untyped parameters
Trace(Power3(50)) // expect: 717897987691852588770249
// a recursive procedure whose calls do not return one type: nothing is assumed
Trace(Halves(3), Halves(3) + 1) // expect: 0.125, 1.125
Trace(Countdown(3)) // expect: end
// an error in the integer version is reported at its line, in its procedure
Trace(Divide(0))

PROCEDURE Fib(n)
IF n < 2 THEN RESULT n
RESULT Fib(n - 1) + Fib(n - 2)

PROCEDURE Describe(n)
RESULT n + "a"

PROCEDURE Same(n)
RESULT n = "5"

PROCEDURE Bump(n)
n = n + 1

PROCEDURE PassOn(n)
Bump(n)
RESULT n

PROCEDURE Add1(x is int)
RESULT x + 1

PROCEDURE Power3(n)
IF n = 0 THEN RESULT 1
RESULT Power3(n - 1) * 3

PROCEDURE Halves(n)
IF n = 0 THEN RESULT 1
RESULT Halves(n - 1) / 2

PROCEDURE Countdown(n)
IF n = 0 THEN RESULT "end"
RESULT Countdown(n - 1)

PROCEDURE Divide(n)
Trace("dividing") // expect: dividing
RESULT 10 / n // expect error: Division by zero.
