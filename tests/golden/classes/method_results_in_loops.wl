// A method called on an object a loop holds, its result stored into a number
// (compiler/direct_methods.py): where nothing can give the variable another object
// during the loop, the statement runs the method's own code, its integer version when
// its parameters receive integers; what it gives is the same as through the dispatch:
// a derived class's redefinition, an argument converted on entry, a sum past 32 bits.
CCounter is Class
	m_step is int
END
CDouble is Class
	inherits from CCounter
END
c is CCounter
c.m_step = 1
t is int
FOR i = 1 TO 5
	t = c.Add(t)
END
Trace(t) // expect: 5
d is CCounter dynamic = new CDouble
d.m_step = 1
u is int
FOR i = 1 TO 5
	u = d.Add(u) // the redefinition: twice the step
END
Trace(u) // expect: 10
r is real = 2.7
v is int
FOR i = 1 TO 2
	v = c.Add(r) + v // 2.7 given to an int parameter: 2
END
Trace(v) // expect: 6
big is int = 2147483646
FOR i = 1 TO 2
	big = c.Add(big) // past 2^31 - 1: an int wraps
END
Trace(big) // expect: -2147483648
s is real
FOR i = 1 TO 3
	s += c.Half(i) // an untyped parameter given an int
END
Trace(s) // expect: 3
w is int
FOR i = 1 TO 3
	w = c.Add(w) + c.Swap(c) // c passed by address: tested at each call
END
Trace(w) // expect: 3
e is CCounter dynamic = new CCounter
e.m_step = 1
x is int
FOR i = 1 TO 3
	x = e.Add(x)
	IF i = 1 THEN Renew(e) // gives e a CDouble: its Add runs from then on
END
Trace(x) // expect: 5

PROCEDURE CCounter::Add(x is int)
RESULT x + m_step
PROCEDURE CDouble::Add(x is int)
RESULT x + 2 * m_step
PROCEDURE CCounter::Half(n)
RESULT n / 2
PROCEDURE CCounter::Swap(o is CCounter)
RESULT o.m_step - 1
PROCEDURE Renew(q is CCounter dynamic)
q = new CDouble
q.m_step = 1
