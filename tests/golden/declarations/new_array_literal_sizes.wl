// `new array of (-1) int`, `(2.5)`, `(1e12)`: a literal dimension that is not a whole
// number, 0 or more, is read when the `new` runs and refused in words, as an expression's
// is. It was taken into the type's text: (-1) gave an untyped empty value with a warning
// "unknown type 'array of -1 int'", (1e12) an array whose ArrayCount said 1000000000000
// with no element. (docs/semantics.md, "An array sized by a variable")
a is array of int = new array of (2.0) int
Trace(ArrayCount(a)) // expect: 2
a = new array of (0) int
Trace(ArrayCount(a)) // expect: 0
a = new array of ("3") int
Trace(ArrayCount(a)) // expect: 3
WHEN EXCEPTION IN
	a = new array of (1e12) int
DO
	Trace(ExceptionInfo()) // expect: Array too large: 1,000,000,000,000 elements (at most 50,000,000; see --max-array).
END
WHEN EXCEPTION IN
	a = new array of (2.5) int // wl: ignore[WL110] (caught: the run's error is the case)
DO
	Trace(ExceptionInfo()) // expect: an array's dimension must be a whole number, 0 or more, not 2.5.
END
a = new array of (-1) int // expect error: an array's dimension must be a whole number, 0 or more, not -1
