// A variable, member or element written in parentheses in a call is passed by value
// (`P((x))`): the procedure works on a copy and the caller's variable keeps its value
// (INFERRED: docs/semantics.md, "Parameters are passed by reference"). Without the
// parentheses, the same call changes it.
Counter is int = 1
AddTen(Counter)
Trace(Counter)
// expect: 11
Trace(AddTen((Counter)), Counter)
// expect: 21, 11
ST_Box is Structure
  Size is int
END
b is ST_Box
b.Size = 5
AddTen((b.Size))
Trace(b.Size)
// expect: 5
t is array of int = [1, 2]
AddTen((t[2]))
AddTen(t[1])
Trace(t[1], t[2])
// expect: 11, 2
// Only the outer parentheses of an argument count: ((x) + 1) is an expression anyway
Trace(AddTen(((Counter) + 1)), Counter)
// expect: 22, 11

PROCEDURE AddTen(n)
n += 10
RESULT n
