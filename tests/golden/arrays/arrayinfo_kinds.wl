// ArrayInfo's kinds are the numbers WINDEV Mobile's runtime answers (TableauInfo(t, 5) is
// tiTotalSize): tiDimension 1 (how many dimensions), tiNumberElements 7, tiNumberRows 8
// and tiNumberColumns 9 (a two-dimensional array's, 0 for any other); 2 gives the size of
// the dimension its third parameter names and 4 an element's size, names not found
// (docs/builtins.md "Constant values")
Trace(tiDimension, tiNumberElements, tiNumberRows, tiNumberColumns, tiTotalSize) // expect: 1, 7, 8, 9, 5
t is array of int = [3, 1, 2]
Trace(ArrayInfo(t, tiDimension), ArrayInfo(t, tiNumberElements), ArrayInfo(t, tiNumberRows), ArrayInfo(t, tiNumberColumns)) // expect: 1, 3, 0, 0
g is array of 4 by 2 int
Trace(ArrayInfo(g, tiDimension), ArrayInfo(g, tiNumberElements), ArrayInfo(g, tiNumberRows), ArrayInfo(g, tiNumberColumns)) // expect: 2, 8, 4, 2
Trace(ArrayInfo(g, 2), ArrayInfo(g, 2, 2), ArrayInfo(g, 2, 3), ArrayInfo(t, 2)) // expect: 4, 2, 0, 3
Trace(ArrayInfo(g, 4), ArrayInfo(g, tiTotalSize)) // expect: 4, 32
c is array of 2 by 3 by 4 int
Trace(ArrayInfo(c, tiDimension), ArrayInfo(c, tiNumberRows), ArrayInfo(c, 2, 3)) // expect: 3, 0, 4
a is associative array of string
a["x"] = "1"
a["y"] = "2"
Trace(ArrayInfo(a, tiDimension), ArrayInfo(a, tiNumberElements), ArrayInfo(a, tiNumberRows)) // expect: 1, 2, 0
s is array of 2 string
Trace(ArrayInfo(s, 4)) // expect error: ArrayInfo: an element's size (4) needs elements of a fixed size in bytes
