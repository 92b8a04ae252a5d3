// `t[1](10)` calls the procedure an element holds: an array declared of procedures or
// variants may hold one; an array of another type cannot (WL110)
ops is array of procedure = [Double]
Trace(ops[1](2))
n is array of int = [1, 2]
Trace(n[1](3)) // error: WL110:7 the elements of 'n' are of type int, not procedures: one cannot be called
PROCEDURE Double(x)
RESULT 2 * x
