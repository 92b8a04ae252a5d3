// ArrayAddLine, ArrayInsertLine, ArrayDeleteLine (two-dimensional arrays), ArrayAddSorted
m is array of 0 by 3 int
Trace(ArrayAddLine(m, 1, 2, 3), ArrayAddLine(m, 7)) // expect: 1, 2
Trace(ArrayCount(m, 1), m[2, 1], m[2, 3]) // expect: 2, 7, 0
Trace(ArrayInsertLine(m, 1, 9, 9, 9), m[1, 2], m[2, 3]) // expect: 1, 9, 3
ArrayDeleteLine(m, 1)
Trace(ArrayCount(m, 1), m[1, 1]) // expect: 2, 1
s is array of int = [1, 3, 5]
Trace(ArrayAddSorted(s, 4), ArrayAddSorted(s, 0), ArrayAddSorted(s, 9)) // expect: 3, 1, 6
Trace(ArrayToString(s, ",")) // expect: 0,1,3,4,5,9
Trace(ArrayAddLine(m, 1, 2, 3, 4)) // expect error: ArrayAddLine: 4 values for 3 columns.
