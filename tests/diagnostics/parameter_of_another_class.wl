// a variable of a structure or class given to a parameter declared of another one (not
// its class nor an ancestor): WL116, as for a number given to a string parameter
// (?1514076: the variable's type must be the one the procedure declares); a derived
// class's object is of its ancestor's type
CA is Class
	m_n is int
END
CB is Class
	m_s is string
END
CC is Class
	inherits from CA
END
ST1 is Structure
	x is int
END
ST2 is Structure
	x is int
END
b is CB
c is CC dynamic = new CC
s2 is ST2
Take(b) // error: WL116:6 'b' is a CB and the parameter 'o' of Take is a CA: WINDEV's compiler refuses a variable of another type there
Take(c)
Point(s2) // error: WL116:7 's2' is a ST2 and the parameter 'p' of Point is a ST1: WINDEV's compiler refuses a variable of another type there
PROCEDURE Take(o is CA)
Trace(o.m_n)
PROCEDURE Point(p is ST1)
Trace(p.x)
