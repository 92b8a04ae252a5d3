// a dynamic class or structure variable is Null until `new`; using it before is an error
Customer is Class
	name is string
END
Point is Structure
	x is int
END
c is dynamic Customer
Trace(c = Null) // expect: 1
IF c = Null THEN Trace("no customer yet") // expect: no customer yet
c = new Customer
c.name = "Dupont"
Trace(c = Null, c.name) // expect: 0, Dupont
p is Point dynamic
Trace(p = Null) // expect: 1
p = new Point
p.x = 3
Trace(p.x) // expect: 3
other is dynamic Customer
Trace(other.name) // expect error: Null
