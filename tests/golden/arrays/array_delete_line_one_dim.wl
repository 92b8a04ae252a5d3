// ArrayDeleteLine on a one-dimensional array, an array of structures and an associative
// array removes the element, as ArrayDelete (PC SOFT's BasketDeleteProduct calls it so)
t is array of int = [1, 2, 3]
ArrayDeleteLine(t, 2)
Trace(ArrayCount(t), t[1], t[2]) // expect: 2, 1, 3
Product is Structure
	Name is string
END
b is array of Product
ArrayAdd(b) ; b[1].Name = "pen"
ArrayAdd(b) ; b[2].Name = "ink"
arraydeleteline(b, 1)
Trace(ArrayCount(b), b[1].Name) // expect: 1, ink
q is associative array of int
q["pen"] = 2 ; q["ink"] = 5
ArrayDeleteLine(q, "pen")
Trace(ArrayCount(q), q["ink"]) // expect: 1, 5
ArrayDeleteLine(t, 5) // expect error: ArrayDelete: index 5 is out of range: the array has 2 element(s).
