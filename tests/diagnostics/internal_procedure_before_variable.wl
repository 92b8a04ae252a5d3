// an internal procedure's variable hides a variable of the code it is written in only
// when that variable is declared before it: declared after the procedure's header, the
// procedure cannot see it (no WL205); a main-code variable is seen by a global
// procedure's internal procedure, which does hide it
PROCEDURE INTERNAL First()
    total is int = 2
    Trace(total)
END
First()
total is int = 5
PROCEDURE INTERNAL Second()
    total is int = 3 // warning: WL205:5 'total' hides the variable of the same name declared at line 10
    Trace(total)
END
Second()
Trace(total)
Run()

PROCEDURE Run()
PROCEDURE INTERNAL Early()
    count is int = 2
    Trace(count)
END
Early()
count is int = 7
PROCEDURE INTERNAL Late()
    count is int = 1 // warning: WL205:5 'count' hides the variable of the same name declared at line 25
    total is int = 4 // warning: WL205:5 'total' hides the variable of the same name declared at line 10
    Trace(count, total)
END
Late()
Trace(count)
