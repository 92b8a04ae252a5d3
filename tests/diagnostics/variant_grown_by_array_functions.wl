// A Variant given to ArrayAdd or ArrayInsert (a function that changes the size of the
// array its first argument holds) holds an array from then on, as `v[1] = 5` gives it
// one: no WL204 "used but never assigned" at its declaration, nor "read before any
// assignment" at a later read. A function that only reads (ArrayCount) still sees the
// default value, and a Variant only read stays WL204.
vList is Variant
ArrayAdd(vList, 5)
Trace(vList[1])
vMore is Variant
ArrayInsert(vMore, 1, "a")
Trace(vMore[1], ArrayCount(vMore))
vEmpty is Variant // warning: WL204:1 'vEmpty' is used but never assigned: it always holds its default value
Trace(vEmpty)
Fill()

PROCEDURE Fill()
vRows is Variant
Trace(ArrayCount(vRows)) // warning: WL204:18 'vRows' is read before any assignment: it still holds its default value here
TableauAjoute(vRows, 7)
Trace(vRows[1])
