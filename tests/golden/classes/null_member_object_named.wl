// a member of a member object that is still Null (declared dynamic, never given an
// object): the error names the path to it, `o.m_child` or `:m_child` in a method, the
// caret on it (it said "A value of type Null has no member 'x'", naming nothing)
CChild is a Class
    x is int
END
CParent is a Class
    m_child is dynamic CChild
END
o is CParent
WHEN EXCEPTION IN
    o.m_child.x = 3
DO
    Trace(ExceptionInfo(errMessage)) // expect: o.m_child is Null: no CChild object to use 'x' on (a dynamic object is Null until new or an assignment gives it one).
END
WHEN EXCEPTION IN
    o.Fill()
DO
    Trace(ExceptionInfo(errMessage)) // expect: m_child is Null: no CChild object to use 'x' on (a dynamic object is Null until new or an assignment gives it one).
END
o.m_child = new CChild
o.m_child.x = 4
Trace(o.m_child.x) // expect: 4
o.m_child = Null
o.Show()

PROCEDURE CParent::Fill()
m_child.x = 2

PROCEDURE CParent::Show()
Trace(:m_child.x) // expect error: :m_child is Null: no CChild object to use 'x' on
