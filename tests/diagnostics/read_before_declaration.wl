// a local variable named before its declaration: WINDEV's compiler knows a variable from
// its declaration on (WL101, the name as written, the caret on it; once per variable);
// `wl run` stops at such a read with the same name. A variable of the enclosing code read
// by an internal procedure is not one (the procedure runs when it is called).
Trace(MyCount) // error: WL101:7 'MyCount' is used before its declaration
MyCount is int = 3
Trace(MyCount)
nTotal = 4 // error: WL101:1 'nTotal' is assigned before its declaration
nTotal is int
Trace(nTotal)
x is int = X + 1 // error: WL101:12 'X' is used in its own declaration
Trace(x)
Count()

PROCEDURE Count()
FOR i = 1 TO 2
    IF i = 2 THEN Trace(nSeen) // error: WL101:25 'nSeen' is used before its declaration
    nSeen is int = i
END
PROCEDURE INTERNAL Show()
    Trace(sLabel)
END
sLabel is string = "ok"
Show()
