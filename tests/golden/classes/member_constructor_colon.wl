// `Constructor :m_member(args)` (the member written with the colon that names the
// current object's members) is `Constructor m_member(args)`: the member's constructor,
// here for a member the ancestor class declares (help ?6010001; the colon form was a
// syntax error, "unexpected ':'")
CPart is Class
    m_label is string
END
CBase is Class
    m_engine is CPart
END
CMachine is Class
    inherits from CBase
    m_wheel is CPart
END
m is CMachine
Trace(m.m_engine.m_label) // expect: engine
Trace(m.m_wheel.m_label) // expect: wheel
PROCEDURE CPart::Constructor(label is string = "none")
m_label = label
PROCEDURE CMachine::Constructor()
CONSTRUCTOR :m_engine("engine")
Constructor :m_wheel("wheel")
