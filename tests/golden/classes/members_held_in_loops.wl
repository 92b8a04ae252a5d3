// Members read and written in a loop (compiler/member_inline.py holds the object in a
// local before the loop when the loop does not assign the variable): the same values,
// conversions and errors when the variable is given another object inside the loop by a
// procedure, an internal procedure or Swap-like code, holds an object of a derived class,
// a structure, a method's own members, and a Null object met in the loop
CPoint is Class
	x is int
	s is string
END
CDerived is Class
	inherits from CPoint
	y is int
END
STPoint is Structure
	x is int
END
CCounter is Class
	n is int
END
o is CPoint dynamic = new CDerived
FOR i = 1 TO 3
	o.x = o.x + i
	o.s = o.s + i
END
Trace(o.x, o.s) // expect: 6, 123
st is STPoint
FOR EACH n OF [1, 2, 3]
	st.x += n
END
k is int = 0
WHILE k < 2
	k++
	st.x = st.x * 10
END
Trace(st.x) // expect: 600
LOOP (2)
	st.x = "12"
	Trace(st.x + 1) // expect: 13
	// expect: 13
END
q is CPoint
FOR i = 1 TO 2
	q.x = 3.7
	q.s = 5
	Trace(q.x, q.s, q.x + q.s) // expect: 3, 5, 35
	// expect: 3, 5, 35
END
a is CPoint
b is CPoint
b.x = 100
FOR i = 1 TO 2
	Exchange(a, b)
	a.x += i
	Trace(a.x, b.x)
END
// expect: 101, 0
// expect: 2, 101
FOR i = 1 TO 2
	Renew(a)
	a.x += 10
	Trace(a.x) // expect: 17
	// expect: 17
END
FOR i = 1 TO 2
	Replace()
	a.x++
	Trace(a.x) // expect: 51
	// expect: 51
END
c is CCounter
Trace(c.Add(3), c.Add(2)) // expect: 6, 9
z is CPoint dynamic = new CPoint
FOR i = 1 TO 3
	IF i = 2 THEN Drop(z)
	Trace(z.x) // expect: 0
	// expect error: z is Null: no CPoint object to use 'x' on
END

PROCEDURE INTERNAL Replace()
	a = new CPoint
	a.x = 50
END
PROCEDURE Renew(r is CPoint)
r = new CPoint
r.x = 7
PROCEDURE Exchange(u is CPoint, v is CPoint)
t is CPoint dynamic = u
u = v
v = t
PROCEDURE Drop(w is CPoint dynamic)
w = Null
PROCEDURE CCounter::Add(k is int)
FOR i = 1 TO k
	n = n + i
END
RESULT n
