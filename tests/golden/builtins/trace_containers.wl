// Trace's <Information> is of "any type" (help page ?3013050). An array, an associative
// array, a structure or an object shows as compact JSON text (decided: docs/builtins.md).
t is array of int = [1, 2, 3]
Trace(t) // expect: [1,2,3]
Point is Structure
    x is int
    label is string
END
p is Point
p.label = "A"
Trace("point", p) // expect: point, {"x":0,"label":"A"}
m is associative array of int
m["k"] = 2
Trace(m) // expect: {"k":2}
points is array of Point
ArrayAdd(points, p)
Info(points) // expect: [{"x":0,"label":"A"}]
empty is array of string
Trace(empty, ArrayCount(empty)) // expect: [], 0
