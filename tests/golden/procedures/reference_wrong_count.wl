// a procedure called through a variable, an element or by a built-in with a count its
// parameters do not take stops with the count's error, as a direct call does (it was an
// internal error: Python's TypeError)
p is procedure = Twice
t is array of procedure = [Twice]
WHEN EXCEPTION IN
	Trace(p(2, 3))
DO
	Trace(ExceptionInfo(errMessage)) // expect: Twice expects 1 parameter(s) but received 2.
END
WHEN EXCEPTION IN
	Trace(t[1]())
DO
	Trace(ExceptionInfo(errMessage)) // expect: Twice expects 1 parameter(s) but received 0.
END
n is array of int = [3, 1, 2]
ArraySort(n, asFunction, Three) // expect error: Three expects 3 parameter(s) but received 2.
PROCEDURE Twice(x)
RESULT 2 * x
PROCEDURE Three(a, b, c)
RESULT a - b + c
