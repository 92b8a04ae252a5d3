// A constant as the variable of a FOR or FOR EACH loop: each turn assigns it, which
// WINDEV refuses as any assignment to a constant (WL106); the loop declared a variable
// of that name instead and the check said nothing
CONSTANT
	MAX = 3
END
t is array of int = [1, 2]
FOR MAX = 1 TO 2 // error: WL106:5 cannot assign to the constant 'MAX': it is the variable of this loop
	Trace(MAX)
END
FOR EACH MAX OF t // error: WL106:10 cannot assign to the constant 'MAX': it is the variable of this loop
	Trace(MAX)
END
FOR i = 1 TO MAX
	Trace(i)
END
