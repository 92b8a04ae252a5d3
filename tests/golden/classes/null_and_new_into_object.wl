// an object variable of a class (not dynamic) may be Null: `o = Null` lets its object
// go (its destructor runs when the last reference goes), a member used then is an error;
// `o = new C` makes o designate the new object: no copy is made, so no destructor runs
// for a copy (it printed "closing 0" for the temporary object) (docs/semantics.md)
CRes is Class
    m_id is int
END
o is CRes
o.m_id = 7
o = Null
// expect: closing 7
Trace("after Null", o = Null) // expect: after Null, 1
o = new CRes
o.m_id = 8
Trace(o.m_id) // expect: 8
o = new CRes
// expect: closing 8
Trace(o.m_id) // expect: 0
o = Null
// expect: closing 0
WHEN EXCEPTION IN
    Trace(o.m_id)
DO
    Trace(ExceptionInfo(errMessage)) // expect: o is Null: no CRes object to use 'm_id' on (it was given Null).
END
Trace("end") // expect: end
PROCEDURE CRes::Destructor()
Trace("closing " + :m_id)
