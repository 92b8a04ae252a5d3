// a class's method for an interface's prototype takes every number of arguments the
// prototype allows: fewer required, as many or more at most (optional ones, `*`);
// otherwise WL110 at the implements line (deferred: the run fails only at a call)
IShape is Interface
	PROCEDURE Area()
	PROCEDURE Move(dx, dy = 0)
	PROCEDURE Log(*)
END
CSquare is Class
	implements IShape // error: WL110:13 the class CSquare implements IShape but its method Area takes 1 parameter(s) where the interface's takes 0
END
CDisc is Class
	implements IShape // error: WL110:13 the class CDisc implements IShape but its method Move takes 2 parameter(s) where the interface's takes 1 to 2
END
CRing is Class
	implements IShape
END
s is CSquare
d is CDisc
r is CRing
Trace(s.Area(1), d.Area(), r.Area())

PROCEDURE CSquare::Area(unit)
RESULT unit
PROCEDURE CSquare::Move(dx, dy = 0, dz = 0)
RESULT dx + dy + dz
PROCEDURE CSquare::Log(*)
PROCEDURE CDisc::Area(unit = "cm")
RESULT unit
PROCEDURE CDisc::Move(x, y)
RESULT x + y
PROCEDURE CDisc::Log(*)
PROCEDURE CRing::Area()
RESULT 0
PROCEDURE CRing::Move(dx, dy = 1)
RESULT dx * dy
PROCEDURE CRing::Log(first = "", *)
RESULT first
