// `Constructor m_member(args)` in a class's constructor builds that member with its
// class's constructor's arguments (help ?6010001, "Syntax of constructors for the base
// classes and members"), beside the ancestor's `Constructor CBase(args)`
CPart is a Class
    m_label is string
END
CBase is a Class
    m_kind is string
END
CMachine is a Class
    inherits from CBase
    m_motor is CPart
    m_wheel, m_spare are CPart
    m_n is int
END
m is CMachine(3)
Trace(m.m_kind) // expect: machine
Trace(m.m_motor.m_label) // expect: motor 3
Trace(m.m_wheel.m_label) // expect: wheel
Trace(m.m_spare.m_label) // expect: default
Trace(m.m_n) // expect: 3
m2 is CMachine(5)
Trace(m2.m_motor.m_label) // expect: motor 5

PROCEDURE CPart::Constructor(label is string = "default")
m_label = label

PROCEDURE CBase::Constructor(kind is string)
m_kind = kind

PROCEDURE CMachine::Constructor(n is int)
Constructor CBase("machine")
Constructor m_motor("motor " + n)
Constructor m_wheel("wheel")
m_n = n
