// PC SOFT FAQ n°2659 (faq.pcsoft.fr, 2003, in French; English twin written from it): a
// procedure's parameter is passed by address (a change in the procedure changes the
// caller's variable); written LOCAL it is passed by value. The FAQ's declaration
// `PROCEDURE MaProc(local param1, local param2)` as written; the calls and Traces are ours.
a is int = 1
b is string = "x"
MyProc(a, b)
Trace(a, b)   // expect: 1, x
c is int = 1
d is string = "x"
ByAddress(c, d)
Trace(c, d)   // expect: 2, xy

PROCEDURE MyProc(local param1, local param2)
param1 = 2
param2 = "xy"

PROCEDURE ByAddress(param1, param2)
param1 = 2
param2 = "xy"
