// A literal subscript past the size a dynamic array is declared with, where nothing can
// have changed that size (the variable is only ever subscripted, declared without a
// value, no procedure reaches it): WL110 in the run's words, deferred (the run stops at
// that line); an array something may grow is the run's to judge
arrRates is array of 3 int
arrRates[1] = 5
arrRates[4] = 1 // error: WL110:1 Index 4 is out of range: the array has 3 element(s)
Trace(arrRates[5]) // error: WL110:7 Index 5 is out of range: the array has 3 element(s)
arrGrid is array of 2 by 2 int
arrGrid[1, 3] = 1 // error: WL110:1 Index 3 is out of range for dimension 2 (size 2)
arrGrown is array of 3 int
ArrayAdd(arrGrown, 9)
Trace(arrGrown[4])
arrGiven is array of 2 int = [1, 2, 3]
Trace(arrGiven[3])
arrShared is array of 2 int
Fill()
Trace(arrShared[3])
Counted()

PROCEDURE Fill()
ArrayAdd(arrShared, 1)
ArrayAdd(arrShared, 2)
ArrayAdd(arrShared, 3)

PROCEDURE Counted()
arrLocal is array of 2 int
arrLocal[2] = 1
arrLocal[3] = 1 // error: WL110:1 Index 3 is out of range: the array has 2 element(s)
arrOther is array of 2 int
IF ArrayCount(arrOther) > 2 THEN Trace(arrOther[3])
