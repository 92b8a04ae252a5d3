// A two-dimension array: `..Occurrence` and `..Count` count every element, ArrayCount
// counts a dimension's (the first by default), a row's `..Occurrence` its columns
// (decided, no stored page gives the two-dimension case: docs/semantics.md "Counting a
// two-dimension array").
arrGrid is array of 3 by 4 int
Trace(arrGrid..Occurrence, arrGrid..Count) // expect: 12, 12
Trace(ArrayCount(arrGrid), ArrayCount(arrGrid, 2)) // expect: 3, 4
Trace(arrGrid[1]..Occurrence) // expect: 4
nTotal is int
FOR i = 1 TO ArrayCount(arrGrid)
    FOR j = 1 TO ArrayCount(arrGrid, 2)
        nTotal++
    END
END
Trace(nTotal = arrGrid..Occurrence) // expect: 1
