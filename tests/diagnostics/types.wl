// a composite variable compared with a number or a text (WL114), a built-in's text or number parameter given a composite or a non-numeric text (WL115)
STRUCTURE Point
	x is int
END
p is Point
t is array of strings
o is dynamic Point // warning: WL204:1 'o' is used but never assigned: it is always Null (a dynamic object is Null until new or an assignment gives it one)
v is variant = "12"
n is int = 3
s is string = "ab"
IF p = 0 THEN Trace(1) // error: WL114:4 'p' is a structure (Point): it cannot be compared with a number ('=')
IF t <> "x" THEN Trace(2) // error: WL114:4 't' is an array: it cannot be compared with a text ('<>')
IF n < p THEN Trace(3) // error: WL114:8 'p' is a structure (Point): it cannot be compared with a number ('<')
Trace(Length(t)) // error: WL115:14 Length expects a string, not a value of type array
Trace(Left(s, "abc")) // warning: WL206:15 Left expects a number as parameter 2: the text "abc" is not a number and is read as 0
Trace(Middle(p, 1)) // error: WL115:14 Middle expects a string, not a value of type Point (a structure)
IF o = Null OR v = 1 OR p.x = 0 OR ArrayCount(t) = 0 THEN Trace(Left(s, "2"), Length(v), Left(s, n))
