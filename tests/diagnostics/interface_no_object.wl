// an interface has no member and no code (?6010017): `new IShape` makes no object, so
// it is WL110 (wlinterp made Null, and the first call failed on it); a private method
// named without parentheses outside its class is WL112 once
IShape is Interface
	PROCEDURE Area()
END
CSquare is Class
	implements IShape
END
s is IShape <- new CSquare
t is IShape <- new IShape // error: WL110:16 IShape is an interface: it has no objects of its own; create an object of a class that implements it
Trace(s.Area(), t.Area(), s.Secret) // error: WL112:29 'Secret' is a private member of the class CSquare: only its own methods can use it

PROCEDURE CSquare::Area()
RESULT 4
PROCEDURE PRIVATE CSquare::Secret()
RESULT 1
