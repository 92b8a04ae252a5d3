// `p is Procedure Description` declares a Procedure Description (the reflection type of
// ?1000019317): it was read as `p is Procedure`, a procedure variable holding Null, the
// word "Description" dropped, and `p.Name` stopped the run ("A value of type Null has no
// member 'Name'"). A type named in several words is looked for before the simple type
// its first word names.
p is Procedure Description
Trace(p.Name = "", p.Global) // expect: 1, 0
v is Variable Description
Trace(v.Name = "") // expect: 1
