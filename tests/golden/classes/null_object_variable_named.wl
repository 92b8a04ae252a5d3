// an object variable (not dynamic) set to Null, an element of an array of dynamic
// objects, and one of two objects on a line: reading, writing or calling a member of the
// Null one names it as written, with its class, the caret on it (it said "A value of
// type Null has no member 'x'" at the statement; docs/semantics.md, "Null objects")
CPoint is Class
    x is int
END
o is CPoint
o = Null
WHEN EXCEPTION IN
    Trace(o.x)
DO
    Trace(ExceptionInfo(errMessage)) // expect: o is Null: no CPoint object to use 'x' on (it was given Null).
END
WHEN EXCEPTION IN
    o.x = 3
DO
    Trace(ExceptionInfo(errMessage)) // expect: o is Null: no CPoint object to use 'x' on (it was given Null).
END
WHEN EXCEPTION IN
    o.Show()
DO
    Trace(ExceptionInfo(errMessage)) // expect: o is Null: no CPoint object to use 'Show' on (it was given Null).
END
arr is array of 2 CPoint dynamic
arr[1] = new CPoint
arr[1].x = 5
i is int = 1
WHEN EXCEPTION IN
    Trace(arr[i + 1].x)
DO
    Trace(ExceptionInfo(errMessage)) // expect: arr[i + 1] is Null: no CPoint object to use 'x' on (a dynamic object is Null until new or an assignment gives it one).
END
p is CPoint
p.x = 2
Trace(p.x + arr[1].x) // expect: 7
Trace(p.x + o.x) // expect error: o is Null: no CPoint object to use 'x' on (it was given Null).

PROCEDURE CPoint.Show()
Trace(:x)
