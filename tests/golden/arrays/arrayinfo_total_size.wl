// ArrayInfo(t, tiTotalSize) / TableauInfo(t, tiTailleTotale): the array's size in bytes
// (elements x the element's size), as real code computes a structure's size for an API
// call; the ArrayInfo page is not stored (docs/builtins.md "ArrayInfo")
t is array of 5 int
t8 is array of 3 int on 8 bytes
r is array of 2 by 3 real
r4 is array of 2 real on 4 bytes
b is array of 4 boolean
d is array of int
Add(d, 1)
Add(d, 2)
Trace(ArrayInfo(t, tiTotalSize), ArrayInfo(t8, tiTotalSize), ArrayInfo(r, tiTotalSize)) // expect: 20, 24, 48
Trace(ArrayInfo(r4, tiTotalSize), ArrayInfo(b, tiTotalSize), ArrayInfo(d, tiTotalSize)) // expect: 8, 4, 8
Trace(TableauInfo(t, tiTailleTotale), tiTailleTotale = tiTotalSize) // expect: 20, 1
