// PROCEDURE ABSTRACT C::M(): a class that leaves an abstract method of its lineage
// without a redefinition has no objects of its own (docs/semantics.md "Abstract classes")
Shape is a Class
    name is string
END
Square is a Class
    inherits from Shape
    side is int
END
Circle is a Class
    inherits from Shape
END
sq is Square
sq.side = 3
Trace(sq.Area()) // expect: 9
d is dynamic Shape = new Square
Trace(d.Area()) // expect: 0
d = sq
Trace(Describe(d)) // expect: area 9
c is dynamic Circle
Trace(c = Null) // expect: 1
c = new Circle // expect error: Circle is abstract: it does not redefine the abstract method Shape::Area

PROCEDURE Describe(s is dynamic Shape)
RESULT "area " + s.Area()

PROCEDURE ABSTRACT Shape::Area()
RESULT 0

PROCEDURE Square::Area()
RESULT side * side
