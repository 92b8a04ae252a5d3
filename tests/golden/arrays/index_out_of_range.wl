// reading past the end of an array is an error
t is array of int = [1, 2, 3]
Trace(t[3]) // expect: 3
Trace(t[4]) // expect error: 4
