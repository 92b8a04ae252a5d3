// Destructors run once per object when objects are copied: b = a copies members into b's
// own object (no destructor then); a variant holds a reference (the object lives while a
// reference does); a LOCAL typed parameter is a copy destroyed when the procedure returns
gKeep is variant
CRes is Class
	m_id is int
END
a is CRes
a.m_id = 1
b is CRes
b = a
b.m_id = 2
Trace(a.m_id, b.m_id) // expect: 1, 2
Keep()
Trace("kept", gKeep.m_id) // expect: kept, 7
gKeep = Null
// expect: destroy 7
Trace("released") // expect: released
UseCopy(a)
// expect: destroy 11
Trace("after UseCopy", a.m_id) // expect: after UseCopy, 1
v is variant = a
v.m_id = 5
Trace(a.m_id) // expect: 5
v = "text"
Trace("end") // expect: end
// expect: destroy 5
// expect: destroy 2
PROCEDURE Keep()
l is CRes
l.m_id = 7
gKeep = l
PROCEDURE UseCopy(LOCAL x is CRes)
x.m_id = 11
PROCEDURE CRes::Destructor()
Trace("destroy " + :m_id)
