// `=` between two arrays: the destination designates the source's array (Assignment
// operators ?1515003: "the destination array is a reference to the source array"), in
// an assignment and in a declaration's value; `<=` copies; another element type, a
// LOCAL parameter and a procedure's result keep their own arrays.
t1 is array of int = [1, 2]
t2 is array of int
t2 = t1
ArrayAdd(t2, 3)
t2[1] = 10
Trace(ArrayCount(t1), t1[1]) // expect: 3, 10
t3 is array of int = t1
ArrayDelete(t3, 1)
Trace(ArrayCount(t1)) // expect: 2
t4 is array of int
t4 <= t1
ArrayAdd(t4, 4)
Trace(ArrayCount(t1), ArrayCount(t4)) // expect: 2, 3
s is array of strings
s = t1
ArrayAdd(s, "x")
Trace(ArrayCount(t1), ArrayCount(s)) // expect: 2, 3
AddLocal(t1)
Trace(ArrayCount(t1)) // expect: 2
r is array of int = Made()
ArrayAdd(r, 8)
Trace(ArrayCount(r)) // expect: 2

PROCEDURE AddLocal(LOCAL t is array of int)
ArrayAdd(t, 9)

PROCEDURE Made() : array of int
x is array of int = [7]
RESULT x
