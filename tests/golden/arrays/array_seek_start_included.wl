// ArraySeek's start index is where the walk begins, that element included, as WINDEV
// Mobile's runtime does (docs/builtins.md "ArraySeek's memory of the last match"):
// forwards for asLinear/asLinearFirst/asLinearNext, backwards for asLinearPrevious and
// asLinearLast. asBinary is 1 and asLinear 2 (docs/builtins.md "Constant values").
t is array of int = [7, 5, 7, 9, 7]
Trace(ArraySeek(t, asLinearNext, 7, 3))       // expect: 3
Trace(ArraySeek(t, asLinearNext, 7, 4))       // expect: 5
Trace(ArraySeek(t, asLinearFirst, 7, 2))      // expect: 3
Trace(ArraySeek(t, asLinear, 9, 4))           // expect: 4
Trace(ArraySeek(t, asLinearPrevious, 7, 3))   // expect: 3
Trace(ArraySeek(t, asLinearPrevious, 7, 2))   // expect: 1
Trace(ArraySeek(t, asLinearLast, 7, 4))       // expect: 3
Trace(t.Seek(asLinearLast, 5, 1))             // expect: -1
// 0 is "no start index"; a negative one finds nothing
Trace(ArraySeek(t, asLinearFirst, 7, 0))      // expect: 1
Trace(ArraySeek(t, asLinearNext, 7, -1))      // expect: -1
// the usual walk over every match passes the last one + 1
n is int = ArraySeek(t, asLinearFirst, 7)
s is string
WHILE n <> -1
	s += n
	n = ArraySeek(t, asLinearNext, 7, n + 1)
END
Trace(s)                                      // expect: 135
// asBinary (1) on a sorted array
u is array of int = [2, 4, 6, 8]
Trace(asBinary, asLinear, ArraySeek(u, asBinary, 6))   // expect: 1, 2, 3
// ArraySeekByProcedure's linear match is the array's last match too
Trace(ArraySeekByProcedure(t, Same, asLinearFirst, 0, 9))   // expect: 4
Trace(ArraySeek(t, asLinearNext, 7))          // expect: 5
// backwards from beyond the end stops the program
Trace(ArraySeek(t, asLinearLast, 7, 6))       // expect error: start index 6 is beyond the array's 5 element(s)

PROCEDURE Same(e, v)
RESULT e - v
