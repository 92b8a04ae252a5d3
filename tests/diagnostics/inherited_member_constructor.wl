// a member the ancestor class declares, whose class's constructor needs arguments, is
// built with the ancestor's objects: the ancestor's constructor gives them (decided:
// a derived class's `Constructor m_part(...)` builds it again, it cannot stand in for
// them); without, WL104 at the member's line, where the run stops creating an object
CPart is Class
    m_name is string
END
CBase is Class
    m_part is CPart // error: WL104:5 CPart::Constructor expects 1 parameter(s) but received 0
END
CCar is Class
    inherits from CBase
END
c is CCar
Trace(c.m_part.m_name)
PROCEDURE CPart::Constructor(n)
m_name = n
PROCEDURE CCar::Constructor()
Constructor m_part("car")
