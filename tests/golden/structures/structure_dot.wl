// STRUCTURE ... END declares a type; members are reached with "."
Point is Structure
	x is int
	y is int
END
p is Point
p.x = 3
p.y = 4
Trace(p.x + p.y) // expect: 7
Trace(p.x * p.x + p.y * p.y) // expect: 25
