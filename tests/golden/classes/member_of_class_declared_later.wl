// a member whose type is a class declared further down, even one named like an article
// (D, the French "d'"): the type is that class, in wl check and at run time. The
// compiler read the classes in order, so "D" was only an article there ("missing type")
// while the checker accepted the line; a class declared below gave a variant member.
CAccount is a Class
    m_owner is string
    d is D
    other is a Later
END
D is a Class
    m_n is int = 41
END
Later is a Class
    m_label is string = "later"
END
a is CAccount
Trace(a.d.m_n + 1, a.other.m_label)    // expect: 42, later
a.d.m_n = 5
b is CAccount = a
Trace(b.d.m_n)    // expect: 5
