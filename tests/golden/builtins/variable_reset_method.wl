// v.Reset() / v.RAZ() on any variable is VariableReset(v) (the Variable prefix dropped,
// as String is for s.StartsWith()): PC SOFT's own code writes `htmlTh.RAZ()` on a fresh
// variable (INFERRED: docs/builtins.md, L2 section); it was refused as EmailRAZ
n is int = 5
n.Reset()
Trace(n) // expect: 0
s is string = "abc"
s.RAZ()
Trace("[" + s + "]") // expect: []
t is array of int = [1, 2, 3]
t.Reset()
Trace(t.Count()) // expect: 0
STPoint is Structure
    x is int = 7
    y is int
END
p is STPoint
p.x = 1 ; p.y = 2
p.VariableReset()
Trace(p.x, p.y) // expect: 7, 0
// an error of a built-in names it as the line calls it
a is array of 2 by 2 int
WHEN EXCEPTION IN
    a.Sort(asAscending, 5)
DO
    Trace(ExceptionInfo(errMessage)) // expect: Sort: the array has no column 5.
END
