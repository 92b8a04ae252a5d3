// Methods and constructors with several syntaxes (help ?1514063)
CShape is Class
    m_name is string
    m_size is int
END
CCircle is Class
    inherits from CShape
END

s1 is CShape("disc")
s2 is CShape(4)
s3 is CShape
Trace(s1.m_name, s1.m_size)  // expect: disc, 0
Trace(s2.m_name, s2.m_size)  // expect: , 4
Trace(s3.m_name, s3.m_size)  // expect: none, 0
s1.Describe("a")  // expect: S a
s1.Describe(3)  // expect: N 3
s1.Describe(1, 2)  // expect: N 3
x is variant = 4
s1.Describe(x)  // expect: N 4
n is int = 1
s1.Bump(n)
Trace(n)  // expect: 11

// the object's own class chooses: the nearest class wins
c is CCircle
Draw(c)  // expect: circle
Draw(s1)  // expect: shape
o is dynamic CShape = new CCircle
Draw(o)  // expect: circle

PROCEDURE CShape::Constructor()
m_name = "none"

PROCEDURE CShape::Constructor(name is string)
m_name = name

PROCEDURE CShape::Constructor(size is int)
m_size = size

PROCEDURE CShape::Describe(s is string)
Trace("S " + s)

PROCEDURE CShape::Describe(n is int)
Trace("N " + n)

PROCEDURE CShape::Describe(a is int, b is int)
Describe(a + b)  // (in the class: chosen from the value)

PROCEDURE CShape::Bump(x is int)
x += 10

PROCEDURE CShape::Bump(x is string)
x += "?"

PROCEDURE Draw(s is CShape)
Trace("shape")

PROCEDURE Draw(c is CCircle)
Trace("circle")
