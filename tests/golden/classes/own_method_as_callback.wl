// A method of the class named alone where a built-in takes a procedure, in a method of
// that class (`ArraySort(t, asFunction, Compare)`): that method, as `::Compare` names
// it; a GLOBAL one runs on its class. It was read as a call of Compare without
// arguments: "Compare expects 2 parameter(s) but received 0".
CSorter is Class
	m_nWay is int = 1
END
o is CSorter
t is array of int = [3, 1, 2]
o.SortDown(t)
Trace(ArrayToString(t, ",")) // expect: 3,2,1
o.SortUp(t)
Trace(ArrayToString(t, ",")) // expect: 1,2,3

PROCEDURE CSorter::SortDown(t is array of int)
m_nWay = -1
ArraySort(t, asFunction, Compare)

PROCEDURE CSorter::SortUp(t is array of int)
ArraySort(t, asFunction, CompareUp)

PROCEDURE CSorter::Compare(a is int, b is int)
RESULT m_nWay * (a - b)

PROCEDURE GLOBAL CSorter::CompareUp(a is int, b is int)
RESULT a - b
