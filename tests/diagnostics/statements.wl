// declarations, constants, loops, RESULT in main code, members
CONSTANT
    MAX = 10
END
Point is Structure
    x is int
    y is int
END
p is Point
n is int = 1
n is string // error: WL105:1 'n' is already declared as int
MAX = 3 // error: WL106:1 cannot assign to the constant 'MAX'
BREAK // error: WL107:1 BREAK outside a loop
p.z = 1 // error: WL109:3 'z' is not a member of the structure Point
Trace(p.x, p.y, n)
RESULT 5 // error: WL108:8 RESULT with a value in the main code: there is no caller to receive it
Point is Structure // error: WL105:1 the structure 'Point' is declared twice (first declared at line 5)
    z is int
END

PROCEDURE Twice()
RETURN

PROCEDURE twice() // error: WL105:11 the procedure 'twice' is declared twice (first declared at line 21)
RETURN
