// Serialize's psdJSON is 7-bit ASCII: every other character is \u and four hexadecimal
// digits (VERIFIED ?3013065, its psdJSON row, é its example; the digits upper-case as
// ?1000021052 writes \u00E9), names and values alike; VariantToJSON the same (INFERRED).
// It wrote the characters raw. docs/builtins.md "JSON in 7-bit ASCII".
STCustomer is Structure
	sName is string
	sCity is string <Serialize="Città">
	sNote is string
END
c is STCustomer
c.sName = "Léa Müller"
c.sCity = "Zürich €"
c.sNote = "a \u00e9 text, a tab" + TAB + "and 😀"
sJSON is string
Serialize(c, sJSON, psdJSON)
Trace(sJSON)
// expect: {"sName":"L\u00E9a M\u00FCller","Citt\u00E0":"Z\u00FCrich \u20AC","sNote":"a \\u00e9 text, a tab\tand \uD83D\uDE00"}
// read back: the same values
cBack is STCustomer
Deserialize(cBack, sJSON, psdJSON)
Trace(cBack.sName, cBack.sCity, cBack.sNote = c.sNote)   // expect: Léa Müller, Zürich €, 1
v is Variant = JSONToVariant(sJSON)
Trace(v.sName, v.Città)   // expect: Léa Müller, Zürich €
// VariantToJSON: the same text; indented too
Trace(VariantToJSON(c) = sJSON)   // expect: 1
Trace(VariantToJSON(v.sName))   // expect: "L\u00E9a M\u00FCller"
// a JSON variable keeps its characters as they are (no page says otherwise)
j is JSON = sJSON
Trace(j.sName, j)
// expect: Léa Müller, {"sName":"Léa Müller","Città":"Zürich €","sNote":"a \\u00e9 text, a tab\tand 😀"}
// plain ASCII is unchanged
c.sName = "Smith"; c.sCity = "York"; c.sNote = ""
Serialize(c, sJSON, psdJSON)
Trace(sJSON)   // expect: {"sName":"Smith","Citt\u00E0":"York","sNote":""}
