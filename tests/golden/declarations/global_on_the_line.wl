// GLOBAL written before one declaration on its line (as a project's or a set's
// declaration code writes it): that declaration; the main code's variables are the
// program's globals, seen by its procedures
GLOBAL gCount is int = 5
global gNames is array of strings
Global gTotal, gMax are int
Trace(gCount, ArrayCount(gNames), gTotal + gMax)  // expect: 5, 0, 0
Count()
Trace(gCount, ArrayCount(gNames), gTotal)  // expect: 6, 1, 6

PROCEDURE Count()
gCount++
Add(gNames, "x")
gTotal = gCount
