// Serialize with psdJSON into a JSON variable, or into a member of one, stores the JSON
// document itself: the member held the text as a JSON string before (docs/builtins.md
// "Serialization").
STRUCTURE Point
	x is int
	label is string
END
points is array of Point
p is Point
p.x = 3
p.label = "first"
points.Add(p)
p.x = 4
p.label = "second"
points.Add(p)
doc is JSON
doc.version = 2
Serialize(points, doc.points, psdJSON)
Serialize(p, doc.last, psdJSON)
Trace(doc)
// expect: {"version":2,"points":[{"x":3,"label":"first"},{"x":4,"label":"second"}],"last":{"x":4,"label":"second"}}
Trace(doc.points[2].x, doc.last.label, doc.points..Count) // expect: 4, second, 2
whole is JSON
Serialize(p, whole, psdJSON)
Trace(whole.x)                                            // expect: 4
q is Point
Deserialize(q, doc.points[1], psdJSON)
Trace(q.x, q.label)                                       // expect: 3, first
text is string
Serialize(p, text, psdJSON)
Trace(text)                                               // expect: {"x":4,"label":"second"}
