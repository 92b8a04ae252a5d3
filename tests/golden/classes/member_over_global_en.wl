// Inside a method, a member of the class (or of an ancestor) named like a variable of the
// main code is the member: the method read and wrote the main code's variable instead
// (Area gave "global" and Rename changed the main code's label), and with the variable
// declared after the first call the run stopped with "used before its declaration"
// (INFERRED: the class is the nearer scope, docs/semantics.md "Classes")
CSquare is Class
	s is int
	label is string
END
CCube is Class
	inherits from CSquare
END
s is string = "global"
label is string = "outside"
q is CSquare
q.s = 3
Trace(q.Area(), s) // expect: 9, global
q.Rename()
Trace(q.label, label) // expect: renamed, outside
c is CCube
c.s = 2
Trace(c.Area()) // expect: 4
Trace(Later()) // expect: 16
// a GLOBAL method has no object: the variable is read there, as before
Trace(CSquare.Kind()) // expect: global
PROCEDURE CSquare.Area()
RESULT s * s
PROCEDURE CSquare.Rename()
label = "renamed"
PROCEDURE GLOBAL CSquare.Kind()
RESULT s
PROCEDURE Later()
k is CSquare
k.s = 4
RESULT k.Area()
