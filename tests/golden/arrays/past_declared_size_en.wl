// `arrRates is array of 3 int` has 3 elements until something adds to it: element 4
// after ArrayAdd is there; element 5, never added, stops the run in these words, which
// `wl check` says first when nothing can have grown the array (WL110; docs/semantics.md
// "A subscript past a declared size")
arrRates is array of 3 int
arrRates[3] = 30
ArrayAdd(arrRates, 40)
Trace(ArrayCount(arrRates), arrRates[3], arrRates[4]) // expect: 4, 30, 40
arrKept is array of 2 int
arrKept[2] = 20
Trace(arrKept[2]) // expect: 20
arrKept[3] = 1 // expect error: Index 3 is out of range: the array has 2 element(s).
