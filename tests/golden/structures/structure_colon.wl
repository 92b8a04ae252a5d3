// members can also be reached with ":" (older help pages), the same member as "."
Point is Structure
	x is int
	y is int
END
p is Point
p:x = 7
Trace(p.x) // expect: 7
p.y = 8
Trace(p:y) // expect: 8
