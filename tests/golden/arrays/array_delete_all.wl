// ArrayDeleteAll empties an array, which can then be filled again
t is array of int = [1, 2, 3]
ArrayDeleteAll(t)
Trace(ArrayCount(t)) // expect: 0
ArrayAdd(t, 9)
Trace(t[1], t..Occurrence) // expect: 9, 1
