// ArrayAdd and Add append and return the new index
t is array of strings
Trace(ArrayAdd(t, "a")) // expect: 1
Trace(Add(t, "b")) // expect: 2
ArrayAdd(t, "c")
Trace(ArrayCount(t)) // expect: 3
Trace(t[3]) // expect: c
