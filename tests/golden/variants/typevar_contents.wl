// TypeVar / ..Type of a variant is the type of what it holds (decided where the help
// could not be read: docs/builtins.md "TypeVar"): a structure is wlStructure, an object
// of a class wlInstance, named sub-elements (a decoded JSON object, `v.x = 1`, a JSON
// variable) wlVariant, indexed ones (a JSON array) wlArray.
Point is Structure
    x is int
END
CShape is Class
    name is string
END
v is variant = JSONToVariant("{""a"": 1, ""list"": [1, 2], ""sub"": {""b"": ""t""}}")
Trace(TypeVar(v) = wlVariant, v..Type = wlVariant) // expect: 1, 1
Trace(TypeVar(v.a) = wlInt, TypeVar(v.list) = wlArray) // expect: 1, 1
Trace(TypeVar(v.sub) = wlVariant, TypeVar(v.sub.b) = wlString) // expect: 1, 1
Trace(TypeVar(v.missing) = wlNull) // expect: 1
w is variant
w.city = "Paris"
Trace(TypeVar(w) = wlVariant) // expect: 1
j is JSON
j.k = 2
Trace(TypeVar(j) = wlVariant) // expect: 1
p is Point
held is variant = p
Trace(TypeVar(held) = wlStructure, held..Type = wlStructure) // expect: 1, 1
o is CShape
held = o
Trace(TypeVar(held) = wlInstance) // expect: 1
d is CShape dynamic = new CShape
held = d
Trace(TypeVar(held) = wlInstance) // expect: 1
m is associative array of int
held = m
Trace(TypeVar(held) = wlAssociativeArray) // expect: 1
// A variable declared numeric answers wlNumeric (its values are exact decimals, as a
// currency's are); a currency wlCurrency.
n is numeric = 1.5
c is currency = 1.5
Trace(TypeVar(n) = wlNumeric, n..Type = wlNumeric, TypeVar(c) = wlCurrency) // expect: 1, 1, 1
// a Date, Time or DateTime variable: its declared type (its values look like strings)
dDay is Date = "20240115"
tAt is Time = "1030"
dtWhen is DateTime = "20240115103000"
Trace(TypeVar(dDay) = wlDate, tAt..Type = wlTime, TypeVar(tAt) = wlTime, TypeVar(dtWhen) = wlDateTime) // expect: 1, 1, 1, 1
