// Help pages "Dimension (Function)" and "ArrayInfo (Function)": Dimension without a
// size gives the number of elements, with sizes it resizes the array; ArrayInfo
// describes its shape (tiNumberRows, tiNumberColumns, tiDimension).
t is array of int = [3, 1, 2]
Dimension(t, 5)
Trace(Dimension(t), t[1], t[5]) // expect: 5, 3, 0
Dimension(t, 2)
Trace(ArrayCount(t)) // expect: 2
grid is array of 2 by 3 int
Trace(ArrayInfo(grid, tiNumberRows), ArrayInfo(grid, tiNumberColumns), ArrayInfo(grid, tiDimension)) // expect: 2, 3, 2
Dimension(grid, 4, 2)
grid[4, 2] = 9
Trace(ArrayCount(grid, 1), ArrayCount(grid, 2), grid[4, 2]) // expect: 4, 2, 9
// French names
Trace(TableauInfo(grid, tiNombreLignes), HexaVersEntier("FF"), HexaToInt("1F")) // expect: 4, 255, 31
