// the destructor runs on delete, when the last reference goes, and at the end of the run
CRes is Class
	m_id is int
END
o is CRes dynamic
Trace(o = Null) // expect: 1
o = new CRes
o.m_id = 1
delete o
// expect: closing 1
Trace(o = Null) // expect: 1
UseOne()
// expect: closing 2
Trace("after UseOne") // expect: after UseOne
g is CRes
g.m_id = 3
Trace("end of main") // expect: end of main
// expect: closing 3
PROCEDURE UseOne()
l is CRes
l.m_id = 2
PROCEDURE CRes::Destructor()
Trace("closing " + :m_id)
