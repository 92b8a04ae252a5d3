// ArrayMove and ArrayMoveLine take a fourth parameter: -2147483648 exchanges the two
// elements (as ArraySwapLine), any other value moves, as without it (WINDEV Mobile's
// runtime, api/WDAPITableau.java: TableauDéplace(t, i, j, Integer.MIN_VALUE) calls the
// array's exchange).
arr is array of string = ["a", "b", "c", "d"]
ArrayMove(arr, 1, 3, -2147483648)
Trace(ArrayToString(arr, ";"))           // expect: c;b;a;d
ArrayMove(arr, 1, 3, 0)
Trace(ArrayToString(arr, ";"))           // expect: b;a;c;d
arr.Move(4, 1, -2147483648)
Trace(ArrayToString(arr, ";"))           // expect: d;a;c;b
grid is array of 3 by 2 int = [[1, 2], [3, 4], [5, 6]]
ArrayMoveLine(grid, 1, 3, -2147483648)
Trace(grid[1, 1], grid[2, 1], grid[3, 2])   // expect: 5, 3, 2
ArrayMove(arr, 1, 9, -2147483648)        // expect error: ArrayMove: index 9 is outside the array
