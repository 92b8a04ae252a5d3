// An array of an interface (`array of IShape`, `array of IShape dynamic`) holds
// references to the objects put in it, as a variable of the interface does (decided,
// docs/semantics.md "Interfaces": an interface has no object of its own to copy into).
// The objects live while the array refers to them; a change through another reference
// shows in the array. Before, the phrase was an unknown type (WL207), its elements
// copies, and an object added from a procedure was destroyed on its return.
IShape is Interface
    PROCEDURE Area(): int
END
CSquare is Class
    implements IShape
    m_side is int
END
CDisc is Class
    implements IShape
    m_r is int
END
shapes is array of IShape dynamic
AddSquare(shapes, 2) // expect: square 2 made
Trace("back") // expect: back
d is CDisc dynamic = new CDisc
d.m_r = 1
ArrayAdd(shapes, d)
sq is CSquare dynamic = new CSquare
sq.m_side = 3
shapes.Add(sq)
sq.m_side = 7 // the array refers to the same object
FOR EACH s OF shapes
    Trace(s.Area())
END
// expect: 4
// expect: 3
// expect: 49
Trace(ArrayCount(shapes)) // expect: 3
plain is array of IShape
o is CSquare
o.m_side = 5
ArrayAdd(plain, o)
o.m_side = 6
Trace(plain[1].Area()) // expect: 36
one is IShape = shapes[3]
Trace(one.Area()) // expect: 49
Trace("end") // expect: end
// (the objects the arrays still refer to are destroyed when the program ends)
// expect: square 2 destroyed
// expect: square 6 destroyed
// expect: square 7 destroyed
PROCEDURE AddSquare(t is array of IShape, side is int)
made is CSquare dynamic = new CSquare
made.m_side = side
Trace("square " + side + " made")
ArrayAdd(t, made)
PROCEDURE CSquare::Area(): int
RESULT m_side * m_side
PROCEDURE CDisc::Area(): int
RESULT 3 * m_r * m_r
PROCEDURE CSquare::Destructor()
Trace("square " + m_side + " destroyed")
