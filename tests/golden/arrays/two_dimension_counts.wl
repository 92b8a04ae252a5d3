// A two-dimension array: `..Occurrence` and `..Count` count its rows (the first
// dimension), as ArrayCount does by default, so the loop real code writes over the rows
// stays inside the array; ArrayCount(t, 2) counts the columns, a row's `..Occurrence`
// its columns (INFERRED: docs/semantics.md "Counting a two-dimension array").
arrGrid is array of 3 by 4 int
Trace(arrGrid..Occurrence, arrGrid..Count, arrGrid.Count()) // expect: 3, 3, 3
Trace(ArrayCount(arrGrid), ArrayCount(arrGrid, 2)) // expect: 3, 4
Trace(arrGrid[1]..Occurrence) // expect: 4
FOR i = 1 TO arrGrid..Occurrence
    arrGrid[i, 1] = i * 10
END
Trace(arrGrid[3, 1]) // expect: 30
nTotal is int
FOR i = 1 TO ArrayCount(arrGrid)
    FOR j = 1 TO ArrayCount(arrGrid, 2)
        nTotal++
    END
END
Trace(nTotal = arrGrid..Occurrence * ArrayCount(arrGrid, 2)) // expect: 1
Trace(Dimension(arrGrid)) // expect: 12
