// `Constructor m_x(args)` in a constructor builds the member m_x: its class's constructor
// is checked against the arguments there, not at the member's line; a member that is no
// object of a class cannot be so built
CPart is a Class
    m_label is string
END
CMachine is a Class
    m_motor is CPart
    m_wheel is CPart
    m_n is int
END
m is CMachine
Trace(m.m_n)

PROCEDURE CPart::Constructor(label is string)
m_label = label

PROCEDURE CMachine::Constructor()
Constructor m_motor("motor")
Constructor m_wheel() // error: WL104:1 CPart::Constructor expects 1 parameter(s) but received 0
Constructor m_n(2) // error: WL111:1 'Constructor m_n(...)' builds a member that is an object of a class: m_n is not one
