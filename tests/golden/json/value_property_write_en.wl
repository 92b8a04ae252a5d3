// `..Value` written on a member or element replaces that place's value (issue 8; reading
// it already worked): a JSON node, a variant's sub-element, a structure member, an array
// element; an XML node's ..Value is still its text.
j is JSON
j.a = 1
j.a..Value = 5
Trace(j.a) // expect: 5
j.b..Value = "new"
Trace(j.b) // expect: new
v is Variant = JSONToVariant("{""x"": 1, ""list"": [1, 2]}")
v.x..Value = Null
Trace(v.x = Null) // expect: 1
v.list[2]..Value = 7
Trace(v.list[2]) // expect: 7
Point is Structure
	x is int
END
p is Point
p.x..Value = 3
Trace(p.x) // expect: 3
t is array of int = [1, 2]
t[1]..Value = 9
Trace(t[1] + t[2]) // expect: 11
doc is xmlDocument = XMLOpen("<a><b>t</b></a>", fromString)
doc.a.b..Value = "u"
Trace(doc.a.b..Value) // expect: u
