// A document XMLOpen just made is taken without a copy only when `=` stores it straight
// from the call; wherever it went first (`<-`, a Variant, an array, a parameter) holds
// it, so the `=` that follows copies it (docs/builtins.md "Copying an xmlDocument").
// The `=` shared it: x2's change showed in x1.
s is string = "<r><a>1</a></r>"
x1 is xmlDocument <- XMLOpen(s, fromString)
x2 is xmlDocument = x1
x2.r.a = "changed"
Trace(x1.r.a, x2.r.a)   // expect: 1, changed
v is Variant = XMLOpen(s, fromString)
y1 is xmlDocument = v
y2 is xmlDocument = v
y1.r.a = "one"
y2.r.a = "two"
Trace(y1.r.a, y2.r.a)   // expect: one, two
arr is array of xmlDocument
Add(arr, XMLOpen(s, fromString))
z is xmlDocument = arr[1]
z.r.a = "z"
Trace(arr[1].r.a, z.r.a)   // expect: 1, z
// straight from the call: the document itself, and a later `=` copies it
d is xmlDocument = XMLOpen(s, fromString)
e is xmlDocument = d
e.r.a = "e"
Trace(d.r.a, e.r.a)   // expect: 1, e
j is xmlDocument
j = JSONToXML("{""a"": 1}")
k is xmlDocument = j
k.document.a = "k"
Trace(j.document.a, k.document.a)   // expect: 1, k
// a parameter holds it too: the `=` inside the procedure copies it
Check(XMLOpen(s, fromString))

PROCEDURE Check(p is xmlDocument)
c is xmlDocument = p
c.r.a = "inproc"
Trace(p.r.a, c.r.a)   // expect: 1, inproc
