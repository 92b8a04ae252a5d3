// classes named A or B (A is also the French TO): `an object A` and `Constructor A(...)`
A is Class
	m is int
END
B is Class
	an object A
END
o is B
Trace(o.m) // expect: 5
PROCEDURE A::Constructor(x)
:m = x
PROCEDURE B::Constructor()
Constructor A(5)
