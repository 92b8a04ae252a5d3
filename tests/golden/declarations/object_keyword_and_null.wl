// `o is object CClass` (the help's `is [object] <Class>`) is an object of CClass, and
// `o is CClass = NULL` declares it without creating one (docs/semantics.md §10)
CFile is a Class
    Name is string
END
src is object CFile // expect: created
src.Name = "a.txt"
other is an Object cfile // expect: created
Trace(src.Name, other.Name = "") // expect: a.txt, 1
later is CFile = NULL
Trace(later = Null) // expect: 1
later = src
Trace(later.Name) // expect: a.txt
none is object CFile = Null
Trace(none = NULL) // expect: 1
Trace(none.Name) // expect error: Null

PROCEDURE CFile::Constructor()
Trace("created")
