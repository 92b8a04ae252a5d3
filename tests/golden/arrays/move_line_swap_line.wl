// MoveLine and SwapLine called on an array, as WINDEV Mobile's runtime runs them
// (api/WDAPICollection.java: #DEPLACE_LIGNE and #ECHANGE_LIGNE take any collection):
// the same built-ins as ArrayMoveLine and ArraySwapLine, called as functions or as
// methods, on one and on two dimensions.
arr is array of string = ["a", "b", "c", "d"]
MoveLine(arr, 1, 3)
Trace(ArrayToString(arr, ";"))           // expect: b;c;a;d
SwapLine(arr, 1, 4)
Trace(ArrayToString(arr, ";"))           // expect: d;c;a;b
arr.MoveLine(4, 1)
arr.SwapLine(2, 3)
Trace(ArrayToString(arr, ";"))           // expect: b;c;d;a
grid is array of 3 by 2 int = [[1, 2], [3, 4], [5, 6]]
MOVELINE(grid, 3, 1)
Trace(grid[1, 1], grid[1, 2], grid[2, 1], grid[3, 2])   // expect: 5, 6, 1, 4
SwapLine(arr, 1, 9)                      // expect error: SwapLine: index 9 is outside the array
