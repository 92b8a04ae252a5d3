// `new array of n int`: a dimension written with a variable is read when the `new` runs,
// as in a declaration (`t is array of n int`); it was an unknown type (a variant with a
// warning) and the array had no element. (docs/semantics.md, "An array sized by a variable")
n is int = 3
a is array dynamic = new array of n int
Trace(ArrayCount(a), a[3]) // expect: 3, 0
grid is array dynamic
grid = NEW ARRAY OF n BY 2 STRINGS
grid[3, 2] = "c"
Trace(ArrayCount(grid, 1), ArrayCount(grid, 2), grid[3, 2]) // expect: 3, 2, c
ArrayAdd(a, 9)
Trace(ArrayCount(a), a[4]) // expect: 4, 9
Trace(ArrayToString(Squares(4), " ")) // expect: 1 4 9 16
Trace(Items(2)) // expect: item, item
n = 0
Trace(ArrayCount(new array of n int)) // expect: 0
n = -1
a = new array of n int // expect error: an array's dimension must be a whole number, 0 or more, not -1

PROCEDURE Squares(count is int)
t is array dynamic = new array of count int
FOR i = 1 TO count
	t[i] = i * i
END
RESULT t

PROCEDURE Items(count)
objects is array dynamic = new array of count CItem
RESULT objects[1].Name + ", " + objects[count].Name

CItem is Structure
	Name is string = "item"
END
