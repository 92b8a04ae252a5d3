// &variable: an opaque handle standing for the variable's address (stable, distinct)
x is int = 5
y is int = 6
h is int = &x
Trace(h = &x, &x <> &y, h <> 0) // expect: 1, 1, 1
x = 99
Trace(h = &x) // expect: 1
// as a key of an associative array
names is associative array of string
names[&x] = "x"
names[&y] = "y"
Trace(names[&x], names[&y]) // expect: x, y
// an object's address is the object's, whichever variable holds it
Point is Structure
	px is int
END
p is Point
arr is array of Point
ArrayAdd(arr, p)
Trace(&arr = &arr, &arr <> &p) // expect: 1, 1
