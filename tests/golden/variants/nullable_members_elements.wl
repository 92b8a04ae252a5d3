// A nullable type (`int?`, ?1511031) holds Null as a structure's member and as an array's
// element too (`array of int?`): the `?` was dropped there, so an element given Null
// held 0 and `??=` replaced a 0 (INFERRED, docs/semantics.md "The null operators").
STOrder is Structure
	nQuantity is int?
	sLabel is string
END
o is STOrder
Trace(o.nQuantity = Null, o.nQuantity ?? -1) // expect: 1, -1
o.nQuantity = 4
Trace(o.nQuantity?! * 2) // expect: 8
o.nQuantity = Null
o.nQuantity ??= 8
Trace(o.nQuantity) // expect: 8
arrValues is array of int?
ArrayAdd(arrValues, Null)
ArrayAdd(arrValues, 0)
Trace(arrValues[1] = Null, arrValues[2] = Null, arrValues[2] ?? 7) // expect: 1, 0, 0
arrValues[1] ??= 5
arrValues[2] ??= 5
Trace(arrValues[1], arrValues[2]) // expect: 5, 0
bDone is boolean? = Null
Trace(bDone = Null, bDone ?? True) // expect: 1, 1
