// where both the interface's prototype and the class's method declare a parameter's or
// the result's type, they must declare the same kind of value (an integer of any size
// is an integer); a side without a type is not compared. WL110 at the implements line,
// deferred like a missing method
IShape is Interface
	PROCEDURE Area(unit is string): real
	PROCEDURE Name(): string
	PROCEDURE Scale(f, n is int)
END
CSquare is Class
	implements IShape
END
CDisc is Class
	implements IShape // error: WL110:13 the class CDisc implements IShape but its method Area takes unit as int where the interface's takes string
END
CRing is Class
	implements IShape // error: WL110:13 the class CRing implements IShape but its method Name returns int where the interface's returns string
END
s is CSquare
d is CDisc
r is CRing
Trace(s.Area("cm"), d.Area(1), r.Area("m"), s.Name(), d.Name(), r.Name())
s.Scale(1, 2)
d.Scale(1, 2)
r.Scale(1, 2)

PROCEDURE CSquare::Area(unit is string): real
RESULT Length(unit)
PROCEDURE CSquare::Name(): string
RESULT "square"
PROCEDURE CSquare::Scale(f is real, n is 8-byte int)
Trace(f * n)
PROCEDURE CDisc::Area(unit is int): real
RESULT unit
PROCEDURE CDisc::Name()
RESULT "disc"
PROCEDURE CDisc::Scale(f, n)
Trace(f + n)
PROCEDURE CRing::Area(unit)
RESULT Length(unit)
PROCEDURE CRing::Name(): int
RESULT 1
PROCEDURE CRing::Scale(f, n is int)
Trace(f - n)
