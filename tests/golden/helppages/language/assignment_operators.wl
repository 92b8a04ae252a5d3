// Help page "Assignment operators" ?1515003: its table of what `=` does on each type
// (associative arrays, queues, stacks, lists and structures are copied), its multiple
// assignment, and "Assignment by copy on the arrays" with `<=` (it was refused: "'<='
// needs two structures or objects"). The stored page stops before its examples: its
// rules, run on values of ours. Its table says `=` between two arrays makes the
// destination a reference to the source (traced below, before the copy by `<=`).
a1 is associative array of int
a1["x"] = 1
a2 is associative array of int
a2 = a1
a2["x"] = 5
Trace(a1["x"], a2["x"])
// expect: 1, 5
q1 is Queue of int
Enqueue(q1, 1)
q2 is Queue of int
q2 = q1
Enqueue(q2, 2)
Trace(q1.Count, q2.Count)
// expect: 1, 2
s1 is Stack of int
Push(s1, 1)
s2 is Stack of int
s2 = s1
Push(s2, 3)
Trace(s1.Count, s2.Count)
// expect: 1, 2
l1 is List of int
Add(l1, 4)
l2 is List of int
l2 = l1
Add(l2, 5)
Trace(l1.Count, l2.Count)
// expect: 1, 2
STPoint is Structure
	X is int
	Y is int
END
p1 is STPoint
p1.X = 1
p2 is STPoint
p2 = p1
p2.X = 2
Trace(p1.X, p2.X)
// expect: 1, 2
// Multiple assignment
x, y, z are int
(x, y, z) = (5, 8, 12)
Trace(x, y, z)
// expect: 5, 8, 12
(x, y) = (y, x)
Trace(x, y)
// expect: 8, 5
// Simple assignment between arrays: the destination is a reference to the source
arrA is array of int = [1, 2]
arrB is array of int
arrB = arrA
ArrayAdd(arrB, 3)
arrB[1] = 7
Trace(arrA.Count, arrA[1])
// expect: 3, 7
// Assignment by copy on the arrays
arrSource is array of int = [10, 20, 30]
arrCopy is array of int
arrCopy <= arrSource
arrCopy[1] = 99
Trace(arrSource[1], arrCopy[1], arrCopy.Count)
// expect: 10, 99, 3
arrText is array of strings
arrText <= arrSource
Trace(arrText[3] + "!")
// expect: 30!
// Homonymic copy: the members with the same name
STCity is Structure
	X is int
	Name is string
END
c is STCity
c.Name = "Paris"
c <= p1
Trace(c.X, c.Name)
// expect: 1, Paris
