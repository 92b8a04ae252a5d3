// ArraySort's comparison procedure (its parameter marked ProcArg: a procedure taken by
// a built-in): a global procedure, even one whose parameters all have defaults (passed,
// not called), one named in a text, and a method of the class passed from one of its
// methods (`CList::Cmp`: run on the current object, with its members)
CList is Class
	m_t is array of int
	m_nDir is int = 1
END
t is array of int = [3, 1, 2]
ArraySort(t, asFunction, Descending)
Trace(t[1], t[2], t[3]) // expect: 3, 2, 1
ArraySort(t, asFunction, "Ascending")
Trace(t[1], t[2], t[3]) // expect: 1, 2, 3
l is CList
ArrayAdd(l.m_t, 5)
ArrayAdd(l.m_t, 9)
ArrayAdd(l.m_t, 7)
l.m_nDir = -1
l.SortMe()
Trace(l.m_t[1], l.m_t[2], l.m_t[3]) // expect: 9, 7, 5
ArraySort(t, asFunction, "Missing") // expect error: ArraySort: there is no procedure named 'Missing'

PROCEDURE Descending(a = 0, b = 0)
RESULT b - a

PROCEDURE Ascending(a, b)
RESULT a - b

PROCEDURE CList::Cmp(a, b)
RESULT m_nDir * (a - b)

PROCEDURE CList::SortMe()
ArraySort(m_t, asFunction, CList::Cmp)
