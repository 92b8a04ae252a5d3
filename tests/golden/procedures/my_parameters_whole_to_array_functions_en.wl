// MyParameters written whole as the argument of a function that takes an array is that
// array (Count, ArrayToString, ArrayCount, ArraySeek): it is spread into one argument
// per parameter only for a procedure or method of the program and a function taking any
// number of values (Trace, Error)
Listed("a", "b", "c")
Forward("x", "y")
PROCEDURE Listed(*)
Trace(Count(MyParameters)) // expect: 3
Trace(ArrayToString(MyParameters)) // expect: a	b	c
Trace(ArrayCount(MyParameters)) // expect: 3
Trace(ArraySeek(MyParameters, asLinear, "b")) // expect: 2
Trace(MyParameters.Count) // expect: 3
Trace(MyParameters) // expect: a, b, c
PROCEDURE Forward(*)
Pair(MyParameters) // expect: x+y
Trace(Count(MyParameters), ArrayToString(MyParameters, "/")) // expect: 2, x/y
PROCEDURE Pair(p1, p2)
Trace(p1 + "+" + p2)
