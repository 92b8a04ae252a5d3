// main code written after a PROCEDURE in the middle of a script is that procedure's
// body: when nothing calls it, those lines never run, and wl check and wl run say so
// at its first line (docs/semantics.md, "Main code after a procedure in a script")
Trace("start")
Used()
Starter()
PROCEDURE Used()
Trace("used")
PROCEDURE Report()
Trace("meant as main code") // warning: WL203:1 this code is never run: it is the body of the procedure 'Report', which nothing calls
Trace("after")
PROCEDURE Recursive(n)
IF n > 0 THEN Recursive(n - 1) // warning: WL203:1 this code is never run: it is the body of the procedure 'Recursive', which nothing calls
PROCEDURE ByName()
Trace("run by its name")
PROCEDURE test_case()
Trace("a wl test case")
PROCEDURE Starter()
ThreadExecute("t", threadNormal, "ByName")
