// A method of the program's class named as an array's (Add, Delete, Sort...) called on an
// immutable object is the class's own: it runs. Only an array's Add changes the array.
// Before, o.Add(3) was refused (WL106 "Add would change its elements") before the run.
o is CBag <immutable>
Trace(o.Count()) // expect: 0
o.Add(3) // expect: add, 3
o.Delete(1) // expect: delete, 1
Trace(o.Count()) // expect: 0

CBag is Class
	n is int
END

PROCEDURE CBag.Count()
RESULT n

PROCEDURE CBag.Add(x)
Trace("add", x)

PROCEDURE CBag.Delete(x)
Trace("delete", x)
