// Max and Min of an array (docs/builtins.md "Max and Min of an array": decided, no stored
// page): an array argument stands for its elements, beside other values or alone.
t is array of int = [3, 9, -2, 7]
Trace(Max(t))                       // expect: 9
Trace(Min(t))                       // expect: -2
Trace(Max(t, 12))                   // expect: 12
Trace(Min(5, t, 1))                 // expect: -2
r is array of 2 by 2 real
r[1, 1] = 1.5
r[1, 2] = 8.25
r[2, 1] = -4
Trace(Max(r))                       // expect: 8.25
Trace(Min(r))                       // expect: -4
s is array of strings = ["pear", "apple", "plum"]
Trace(Max(s))                       // expect: plum
Trace(Min(s))                       // expect: apple
Trace(Max(4, 7, 1))                 // expect: 7
e is array of int
Trace(Max(e))                       // expect error: Max: the array is empty
