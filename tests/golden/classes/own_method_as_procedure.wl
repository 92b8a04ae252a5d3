// In a method of CList (or of a class derived from it), `CList::Cmp` and `::Cmp` naming a
// method that needs arguments are a reference to it run on the current object, CList's
// version (as `CList::Cmp(a, b)` there calls it): ArraySort compares with the object's
// members (it ran on the class: "'m_dir' is not a global member of CList"). `::Count`
// for one that needs none is `::Count()`, called (it recursed without end in wl check).
CList is Class
	m_t is array of int
	m_dir is int = 1
END
CDesc is Class
	inherits from CList
END
d is CDesc
d.m_dir = -1
ArrayAdd(d.m_t, 3)
ArrayAdd(d.m_t, 1)
ArrayAdd(d.m_t, 2)
d.SortBase()
Trace(d.m_t[1], d.m_t[2], d.m_t[3]) // expect: 3, 2, 1
d.m_dir = 1
d.SortOwn()
Trace(d.m_t[1], d.m_t[2], d.m_t[3]) // expect: 1, 2, 3
Trace(d.Size()) // expect: 3
PROCEDURE CList::Cmp(a, b)
RESULT m_dir * (a - b)
PROCEDURE CList::Count()
RESULT ArrayCount(m_t)
PROCEDURE CDesc::SortBase()
ArraySort(m_t, asFunction, CList::Cmp)
PROCEDURE CDesc::SortOwn()
ArraySort(m_t, asFunction, ::Cmp)
PROCEDURE CDesc::Size()
RESULT ::Count
