// A structure, class or enumeration named in the plural in a type phrase (`array of
// Customers` where the structure is Customer) is that type (issue 8; decided, see
// docs/semantics.md): real code writes it so, as it writes `array of strings`.
Customer is Structure
	name is string
END
a is array of 2 Customers
a[2].name = "x"
Trace(TypeVar(a[1]) = wlStructure, a[2].name) // expect: 1, x
CAccount is Class
	n is int
END
t is associative array of CAccounts
t["k"].n = 4
Trace(t["k"].n, TypeVar(t["k"]) = wlInstance) // expect: 4, 1
Color is Enumeration
	Red
	Green
END
c is array of 2 Colors
Trace(c[1] = Red) // expect: 1
d is array of Customers
Add(d, a[2])
Trace(d[1].name) // expect: x
