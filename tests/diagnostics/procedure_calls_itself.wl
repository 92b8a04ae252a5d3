// A procedure calling itself before anything can end it never ends: in a script this is
// main code written after a PROCEDURE (a procedure runs up to the next PROCEDURE, help
// ?1513008), here the last two lines of Greet (docs/semantics.md, "Main code after a
// procedure in a script"). Recursions that can end are left alone.
Trace(Factorial(5))
Countdown(3)
Walk(2)
Tick()
IF Factorial(1) = 2 THEN
	Trace(Shout("a"))
	Guarded(1)
END
Greet("Ann")

PROCEDURE Factorial(n is int) : int
IF n <= 1 THEN RESULT 1
RESULT n * Factorial(n - 1)

PROCEDURE Countdown(n)
IF n = 0 THEN
	RETURN
END
Countdown(n - 1)

PROCEDURE Walk(n)
IF n > 0 THEN Walk(n - 1)
IF n < 0 _AND_ Factorial(n) = 1 THEN Walk(n + 1)

PROCEDURE Shout(s is string) : string
RESULT Upper(s) + Shout(s) // warning: WL203:19 'Shout' calls itself here, before anything can end it: each call of it calls it again, without end (the run stops when the stack is full)

PROCEDURE Guarded(n)
IF n > 3 THEN ExceptionThrow(1, "too deep")
Guarded(n + 1)

PROCEDURE Greet(sName)
Trace("Hello " + sName)

sMessage is string = "main code, written after Greet"
Greet(sMessage) // warning: WL203:1 'Greet' calls itself here, before anything can end it: each call of it calls it again, without end (the run stops when the stack is full)

PROCEDURE Tick()
Trace("tick")
TimerSys(Tick, 100, 1) // error: WL103:1 TimerSys is a window function: not available outside the IDE (wlinterp runs code without windows).
