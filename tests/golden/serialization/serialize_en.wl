// Serialize and Deserialize: JSON, XML and wlinterp's binary form of structures and arrays.
STRUCTURE Line
    Product is string
    Qty is int
END
STRUCTURE Order
    Number is int
    Customer is string
    Lines is array of Line
END
o is Order
o.Number = 7
o.Customer = "Ann"
l is Line
l.Product = "pen"
l.Qty = 3
Add(o.Lines, l)
s is string
Serialize(o, s, psdJSON)
Trace(s)   // expect: {"Number":7,"Customer":"Ann","Lines":[{"Product":"pen","Qty":3}]}
copy is Order
Deserialize(copy, s, psdJSON)
Trace(copy.Customer + " " + copy.Lines[1].Product + " " + copy.Lines[1].Qty)   // expect: Ann pen 3
x is string
Serialize(o, x, psdXML)
Trace(x)   // expect: <Order><Number>7</Number><Customer>Ann</Customer><Lines><item><Product>pen</Product><Qty>3</Qty></item></Lines></Order>
fromXML is Order
Deserialize(fromXML, x, psdXML)
Trace(fromXML.Number + 1)   // expect: 8
Trace(fromXML.Lines[1].Qty * 2)   // expect: 6
b is Buffer
Serialize(o, b, psdBinary)
Trace(Left(b, 5))   // expect: WLSB1
fromBin is Order
Deserialize(fromBin, b, psdBinary)
Trace(fromBin.Customer)   // expect: Ann
t is array of int = [1, 2, 3]
Serialize(t, s, psdJSON)
Trace(s)   // expect: [1,2,3]
u is array of int
Deserialize(u, "[4, 5]", psdJSON)
Trace(u[1] + u[2])   // expect: 9
Deserialize(u, "{oops", psdJSON)
Trace(ErrorOccurred)   // expect: 1
Trace(u[2])   // expect: 5
// An associative array read back keeps its declared options (ignore case, default value)
opts is associative array (ccIgnoreCase, 0) of int
Deserialize(opts, "{""Abc"": 1}", psdJSON)
Trace(opts["ABC"], opts["zz"])   // expect: 1, 0
