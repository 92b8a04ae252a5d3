// An empty Variant given an Array method that adds elements (v.Add, v.Insert, v.AddLine,
// v.AddSorted) holds an array after it, as the function's form ArrayAdd(v, 5) gives it
// one: the method stopped, "Add expects an array, not a value of type Null"
// (docs/semantics.md "Methods on an empty variant"). A Variant holding an object keeps it.
CBag is Class
	m_nTotal is int
END
vAdded is Variant
Trace(vAdded.Add(5)) // expect: 1
vAdded.Add(6)
Trace(ArrayCount(vAdded), vAdded[2]) // expect: 2, 6
vInserted is Variant
vInserted.Insert(1, "b")
vInserted.Insert(1, "a")
Trace(vInserted[1], vInserted[2]) // expect: a, b
vLine is Variant
vLine.AddLine(3)
Trace(vLine.Count()) // expect: 1
vSorted is Variant
vSorted.AddSorted(9)
vSorted.AddSorted(4)
Trace(vSorted[1], vSorted[2]) // expect: 4, 9
vBag is Variant = new CBag
vBag.Add(7)
Trace(vBag.m_nTotal) // expect: 7

PROCEDURE CBag.Add(n is int)
m_nTotal += n
