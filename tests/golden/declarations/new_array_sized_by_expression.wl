// `new array of (n+1) int`: a dimension written as an expression (in parentheses or not:
// `n*2`, `t.Count`, `Max(a, b)`) is read when the `new` runs, as a variable is; it was a
// syntax error ("unexpected 'int'"). (docs/semantics.md, "An array sized by a variable")
CONSTANT
	MAXI = 4
END
n is int = 3
a is array of int = new array of (n+1) int
Trace(ArrayCount(a), a[4]) // expect: 4, 0
a = new array of n*2 int
Trace(ArrayCount(a)) // expect: 6
a = NEW ARRAY OF (MAXI) INT
Trace(ArrayCount(a)) // expect: 4
a = new array of (5) int
Trace(ArrayCount(a)) // expect: 5
a = new array of Max(n, 7) int
Trace(ArrayCount(a)) // expect: 7
grid is array of 1 by 1 strings
grid = new array of (n-1) by n+2 strings
grid[2, 5] = "c"
Trace(ArrayCount(grid, 1), ArrayCount(grid, 2), grid[2, 5]) // expect: 2, 5, c
Trace(ArrayCount(Rows(["x", "y"]))) // expect: 3
Trace(ArrayCount(new array of (n - 3) int)) // expect: 0
a = new array of (n - 4) int // expect error: an array's dimension must be a whole number, 0 or more, not -1

PROCEDURE Rows(names is array of strings)
t is array of CItem = new array of names.Count + 1 CItem
RESULT t

CItem is Structure
	Name is string = "item"
END
