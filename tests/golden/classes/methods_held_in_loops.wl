// Methods called in a loop on a variable the loop holds (compiler/member_inline.py
// `held_method`: the method's function called directly while the variable designates
// the object held, of exactly its class): a derived class's redefinition still wins, a
// procedure replacing the object in the loop is seen, default parameters, an error
// inside the method names it in the call stack
CBase is Class
	n is int
END
CSub is Class
	inherits from CBase
END
b is CBase dynamic = new CSub
c is CBase
FOR i = 1 TO 2
	Trace(b.Who(i), c.Who(i), c.Who())
	IF i = 1 THEN Replace(b)
END
// expect: sub 1, base 1, base 7
// expect: base 2, base 2, base 7
FOR i = 1 TO 3
	c.n += c.Twice(i)
END
Trace(c.n) // expect: 12
FOR i = 1 TO 2
	Trace(c.Fail(i)) // expect: 1
	// expect error: Index 2 is out of range: the array has 0 element(s).
END

PROCEDURE CBase::Who(k is int = 7)
RESULT "base " + k
PROCEDURE CSub::Who(k is int = 8)
RESULT "sub " + k
PROCEDURE CBase::Twice(k is int)
RESULT 2 * k
PROCEDURE CBase::Fail(k is int)
t is array of int
IF k = 2 THEN Trace(t[k])
RESULT k
PROCEDURE Replace(x is CBase dynamic)
x = new CBase
