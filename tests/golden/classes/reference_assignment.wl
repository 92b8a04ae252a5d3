// x <- y: x designates y's object itself; a <= b copies the members with the same name
CPoint is Class
	x is int
	y is int
END
CLabel is Class
	x is int
	text is string
END
o is CPoint
o.x = 3
p is CPoint
p <- o
p.x = 4
Trace(o.x) // expect: 4
q is CPoint = o
q.x = 5
Trace(o.x) // expect: 4
l is CLabel
l.text = "kept"
l <= o
Trace(l.x, l.text) // expect: 4, kept
v is variant <- 1
Trace(v) // expect: 1
Trace("the line after is not swallowed") // expect: the line after is not swallowed
// o.m <- y: the member designates y's object too (o.m = y copies)
CBox is Class
	pt is CPoint
END
bx is CBox
bx.pt <- o
bx.pt.x = 9
Trace(o.x) // expect: 9
bx.pt = q
bx.pt.x = 10
Trace(q.x, o.x) // expect: 5, 9
