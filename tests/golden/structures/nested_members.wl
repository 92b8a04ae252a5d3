// an array member of a structure, and a structure member of a structure
Point is Structure
	x is int
	y is int
END
Order is Structure
	items is array of strings
	pos is Point
END
o is Order
ArrayAdd(o.items, "pen")
o.items[1] = "Pen"
o.pos.x = 9
Trace(o.items[1], ArrayCount(o.items), o.pos.x) // expect: Pen, 1, 9
p is Point = [1, 2]
Trace(p.x, p.y) // expect: 1, 2
