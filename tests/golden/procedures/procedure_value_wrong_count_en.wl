// A procedure called through a value (a procedure variable, an element, a call's result,
// a lambda) with a wrong number of arguments is a WLanguage error naming it, catchable,
// as the same call written directly is refused by the check: it was an internal error
// (Python's TypeError), exit 70
p is procedure = Increment
WHEN EXCEPTION IN
	p()
DO
	Trace(ExceptionInfo()) // expect: Increment expects 1 parameter(s) but received 0.
END
steps is array of procedure = [Increment, Sum]
WHEN EXCEPTION IN
	steps[1](1, 2)
DO
	Trace(ExceptionInfo()) // expect: Increment expects 1 parameter(s) but received 2.
END
WHEN EXCEPTION IN
	Maker()(1, 2, 3, 4)
DO
	Trace(ExceptionInfo()) // expect: Sum expects 2 to 3 parameter(s) but received 4.
END
l is procedure = (x) => x * 2
WHEN EXCEPTION IN
	l()
DO
	Trace(ExceptionInfo()) // expect: l expects 1 parameter(s) but received 0.
END
Trace(steps[2](1, 2), Maker()(1, 2, 3), l(4)) // expect: 3, 6, 8
PROCEDURE Increment(x)
RESULT x + 1
PROCEDURE Sum(a, b, c = 0)
RESULT a + b + c
PROCEDURE Maker()
RESULT Sum
