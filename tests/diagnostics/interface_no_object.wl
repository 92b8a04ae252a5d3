// an interface has no member and no code (?6010017): `new IShape` makes no object, so
// it is WL110 (wlinterp made Null, and the first call failed on it); a private method
// named without parentheses outside its class is WL112 once; through a variable of the
// interface it is no property of the interface (WL109), not the class's private member
IShape is Interface
	PROCEDURE Area()
END
CSquare is Class
	implements IShape
END
s is IShape <- new CSquare
t is IShape <- new IShape // error: WL110:16 IShape is an interface: it has no objects of its own; create an object of a class that implements it
sq is CSquare
Trace(s.Area(), t.Area(), sq.Secret) // error: WL112:30 'Secret' is a private member of the class CSquare: only its own methods can use it
Trace(s.Secret) // error: WL109:9 'Secret' is not a property of the interface IShape

PROCEDURE CSquare::Area()
RESULT 4
PROCEDURE PRIVATE CSquare::Secret()
RESULT 1
