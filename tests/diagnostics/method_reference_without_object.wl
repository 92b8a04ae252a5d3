// `CList::Cmp` given as a procedure outside CList's lineage, Cmp a method that is not
// GLOBAL: it has no object to run on (WL111, deferred, as a call `CList::Cmp(a, b)`
// there); a GLOBAL method so named is no error
CList is Class
	m_dir is int = 1
END
t is array of int = [3, 1, 2]
ArraySort(t, asFunction, CList::Cmp) // error: WL111:33 CList::Cmp is not a GLOBAL method: it runs on an object (o.Cmp(...) with o of CList), or declare it PROCEDURE GLOBAL
ArraySort(t, asFunction, CList::Desc)
PROCEDURE CList::Cmp(a, b)
RESULT m_dir * (a - b)
PROCEDURE GLOBAL CList::Desc(a, b)
RESULT b - a
