// ArrayCount and ..Occurrence give the element count
t is array of int = [1, 2, 3, 4]
Trace(ArrayCount(t)) // expect: 4
Trace(t..Occurrence) // expect: 4
e is array of strings
Trace(ArrayCount(e)) // expect: 0
