// Help page "Prototype overload/Overload" (help.windev.com ?1514063): the stored page
// stops before its examples; its overview run on procedures of ours: one syntax taking a
// string, one an integer, one two integers, and a class constructor with several
// syntaxes ("the engine automatically defines the syntax to call according to the
// number and to the type of the parameters passed"). Third sweep: refused as declared
// twice (WL105); it runs now.
Describe("text")
// expect: string: text
Describe(42)
// expect: integer: 42
Describe(1, 2)
// expect: two integers: 3
p1 is CPoint
p2 is CPoint(3, 4)
p3 is CPoint("5;6")
Trace(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y)
// expect: 0, 0, 3, 4, 5, 6

CPoint is Class
  x is int
  y is int
END
PROCEDURE CPoint::Constructor()
PROCEDURE CPoint::Constructor(nX is int, nY is int)
x = nX
y = nY
PROCEDURE CPoint::Constructor(sXY is string)
x = Val(ExtractString(sXY, 1, ";"))
y = Val(ExtractString(sXY, 2, ";"))

PROCEDURE Describe(s is string)
Trace("string: " + s)
PROCEDURE Describe(n is int)
Trace("integer: " + n)
PROCEDURE Describe(a is int, b is int)
Trace("two integers: " + (a + b))
