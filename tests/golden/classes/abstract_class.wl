// X is a Class, abstract: only derived classes have objects; a dynamic X can hold one
Shape is a Class, abstract
    name is string
END
Square is a Class
    inherits from Shape
    side is int
END
s is Square
s.name = "square"
d is dynamic Shape
d = s
Trace(d.name) // expect: square
x is Shape // expect error: Shape is an abstract class
