// ArrayAddReference, ArrayInsertReference, ArrayMoveLine (stdlib/array_references.py; no
// stored page: decided, English names INFERRED; docs/builtins.md "Array references")
P is Structure
	Name is string
END
p is P
p.Name = "Ann"
copies is array of P
refs is array of P
ArrayAdd(copies, p)
Trace(ArrayAddReference(refs, p)) // expect: 1
p.Name = "Bob"
Trace(copies[1].Name, refs[1].Name) // expect: Ann, Bob
refs[1].Name = "Cy"
Trace(p.Name) // expect: Cy
q is P
q.Name = "Dee"
Trace(ArrayInsertReference(refs, 1, q), refs[1].Name, refs[2].Name) // expect: 1, Dee, Cy
q.Name = "Eve"
Trace(refs[1].Name) // expect: Eve
n is array of int = [1, 2, 3]
Trace(ArrayAddReference(n, "4"), n[4] + 1) // expect: 4, 5
ArrayMoveLine(n, 1, 4)
Trace(ArrayToString(n, ",")) // expect: 2,3,4,1
m is array of 3 by 2 int
FOR i = 1 TO 3
	m[i, 1] = i
	m[i, 2] = i * 10
END
ArrayMoveLine(m, 3, 1)
Trace(m[1, 1], m[1, 2], m[2, 1], m[3, 2]) // expect: 3, 30, 1, 20
ArrayMoveLine(m, 4, 1) // expect error: ArrayMoveLine: line 4 is outside the array (1 to 3)
