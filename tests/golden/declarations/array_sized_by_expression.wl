// `t is array of (n+1) int`: a declaration's dimension written as an expression (in
// parentheses or not: `n*2`, `a.Count`, `Max(a, b)`) is read when the declaration runs,
// as a `new`'s is; `(n+1)` was a syntax error and `array of n+1 int` made an array of n.
// (docs/semantics.md, "An array sized by a variable")
CONSTANT
	MAXI = 4
END
n is int = 3
a is array of (n+1) int
Trace(ArrayCount(a), a[4]) // expect: 4, 0
b is an array of n+1 int // a comment (x + y)
Trace(ArrayCount(b)) // expect: 4
c IS ARRAY OF N*2 INT
Trace(ArrayCount(c)) // expect: 6
d is array of (MAXI) int
Trace(ArrayCount(d)) // expect: 4
e is array of MAXI + 1 int
Trace(ArrayCount(e)) // expect: 5
f is array of Max(n, 7) int
Trace(ArrayCount(f)) // expect: 7
g is array of a.Count strings
g[4] = "last"
Trace(ArrayCount(g), g[4]) // expect: 4, last
grid is array of (n-1) by n+2 strings
grid[2, 5] = "c"
Trace(ArrayCount(grid, 1), ArrayCount(grid, 2), grid[2, 5]) // expect: 2, 5, c
h is array of (n) int = [1, 2]
Trace(ArrayCount(h)) // expect: 2
k is array of 2 numeric (10,2) // the type's precision, not a dimension
k[1] = 1.5
Trace(ArrayCount(k), k[1]) // expect: 2, 1.5
Trace(ArrayCount(Rows(["x", "y"]))) // expect: 3
z is array of (n - 4) int // expect error: an array's dimension must be a whole number, 0 or more, not -1
Trace(ArrayCount(z))

PROCEDURE Rows(names is array of strings)
t is array of names.Count + 1 CItem
t[3].Name = "z"
RESULT t

CItem is Structure
	Name is string = "item"
END
