// An array function's short name (Move, Add, Sort...) called as a method of a structure
// or an object whose class has no such method: the structure has no method of that
// name. The check said nothing and the run stopped with "ArrayMove expects an array".
STPoint is Structure
	x is int
END
CList is Class
	m_n is int
END
p is STPoint
o is CList
t is array of STPoint
p.Move(3, 4) // error: WL109:3 'Move' is not a method of STPoint
o.Add(p) // error: WL109:3 'Add' is not a method of CList
o.Sort()
t.Add(p)
t.Move(1, 1)
Trace(p.x, o.m_n)
PROCEDURE CList::Sort()
m_n = 1
