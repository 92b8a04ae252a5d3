// GetDefinition of a Variant holding Null gives the definition of its content, Null:
// Name "null", Type wlNull, a simple type, no error; a Null object reference stays "not
// allocated" (a Null definition and ErrorOccurred, ?1000019333). Decided: docs/builtins.md
// "Reflection". It said "A value of type Null has no property 'Name'".
x is Variant = Null
d is Definition = GetDefinition(x)
Trace(d..Name, d..Type = wlNull, d.DefinitionFamily, ErrorOccurred) // expect: null, 1, 1, 0
v is Variant = Null
Trace(GetDefinition(v).Name) // expect: null
v = 12
Trace(GetDefinition(v)..Name) // expect: int
o is object dynamic = Null
d2 is Definition = GetDefinition(o)
Trace(d2 = Null, ErrorOccurred) // expect: 1, 1
