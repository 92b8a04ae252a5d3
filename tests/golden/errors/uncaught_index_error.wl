// an index error inside a procedure is reported at the failing line
t is array of int = [1]
Trace(Get(t, 1)) // expect: 1
Trace(Get(t, 2))

PROCEDURE Get(arr, i)
RETURN arr[i] // expect error: out of range
