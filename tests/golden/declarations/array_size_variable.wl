// An array sized by a variable (`t is array of n int`): its dimensions are read when
// the declaration runs, each element at its type's first value; a constant still sizes
// it when compiling. Before, the phrase was an unknown type (a variant with a warning)
// and the array had no element. (docs/semantics.md, "An array sized by a variable")
n is int = 3
lines is array of n int
lines[3] = 7
Trace(ArrayCount(lines), lines[3], lines[1]) // expect: 3, 7, 0
grid is array of n by 2 strings
grid[3, 2] = "c"
Trace(ArrayCount(grid, 1), ArrayCount(grid, 2), grid[3, 2]) // expect: 3, 2, c
Trace(TypeVar(grid) = wlArray) // expect: 1
Add(lines, 8)
Trace(ArrayCount(lines)) // expect: 4
n = 0
empty is array of n CItem
Trace(ArrayCount(empty)) // expect: 0
Trace(Squares(4)) // expect: 1 4 9 16
Trace(Items(2)) // expect: item, item
n = -2
negative is array of n int // expect error: an array's dimension must be a whole number, 0 or more, not -2

PROCEDURE Squares(count is int)
t is array of count int
FOR i = 1 TO count
	t[i] = i * i
END
RESULT ArrayToString(t, " ")

PROCEDURE Items(count)
objects is array of count CItem
RESULT objects[1].Name + ", " + objects[count].Name

CItem is Structure
	Name is string = "item"
END
