// an object of a class that is not the variable's class nor derived from it, stored
// into it: WL110 at the variable, deferred (the run stops there); a derived class's
// object, and a dynamic variable of an ancestor that may hold the right one, are fine
CBase is Class
    m_n is int
END
CDerived is Class
    inherits CBase
END
COther is Class
    m_z is int
END
q is dynamic CBase = new CDerived
r is dynamic CDerived = new CBase // error: WL110:1 an object of the class CBase cannot be stored in 'r', a CDerived: CBase is not CDerived nor derived from it
o is COther
b is CBase
b = o // error: WL110:1 an object of the class COther cannot be stored in 'b', a CBase: COther is not CBase nor derived from it
d is dynamic CDerived
d = q
x is dynamic CBase
x = new COther // error: WL110:1 an object of the class COther cannot be stored in 'x', a CBase: COther is not CBase nor derived from it
Trace(r, b, d, x)
