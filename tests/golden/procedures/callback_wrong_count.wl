// a procedure a built-in calls back (ArraySort's comparison) that takes another number
// of arguments than the built-in gives stops with the count's error, as a call through a
// procedure value does (it was an internal error: Python's TypeError)
n is array of int = [3, 1, 2]
ArraySort(n, asFunction, Three) // expect error: Three expects 3 parameter(s) but received 2.
PROCEDURE Three(a, b, c)
RESULT a - b + c
