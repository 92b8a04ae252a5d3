// a member written with constructor arguments (`m_d is D("Bob")`) is built with them,
// once per object, before the class's constructor, in declaration order with the others
// (classes/member_creation_order.wl); the object made is the member itself: its
// destructor runs once, when its owner goes. A GLOBAL member is built on first use.
D is a Class
    m_name is string
END
CPair is a Class
    m_tag is string = "pair"
    m_first is D("Bob")
    m_second, m_third are D(m_tag + "!")
    m_plain is D
END
CTriple is a Class
    inherits from CPair
    m_last is D("Zoe")
END
CRegistry is a Class
    GLOBAL
    m_shared is D("shared")
END
p is CPair
// expect: D(Bob)
// expect: D(pair!)
// expect: D(pair!)
// expect: D(none)
// expect: CPair built: Bob, pair!
Trace(p.m_first.m_name, p.m_second.m_name, p.m_third.m_name, p.m_plain.m_name) // expect: Bob, pair!, pair!, none
t is CTriple
// expect: D(Bob)
// expect: D(pair!)
// expect: D(pair!)
// expect: D(none)
// expect: D(Zoe)
// expect: CPair built: Bob, pair!
Trace(t.m_first.m_name, t.m_last.m_name) // expect: Bob, Zoe
Trace(CRegistry::m_shared.m_name) // expect: D(shared)
// expect: shared
delete t
// expect: ~D(Bob)
// expect: ~D(pair!)
// expect: ~D(pair!)
// expect: ~D(none)
// expect: ~D(Zoe)
p.m_first <- new D("Ann")
// expect: D(Ann)
// expect: ~D(Bob)
Trace(p.m_first.m_name) // expect: Ann
Trace("end") // expect: end
// expect: ~D(Ann)
// expect: ~D(pair!)
// expect: ~D(pair!)
// expect: ~D(none)
// expect: ~D(shared)

PROCEDURE D::Constructor(sName is string = "none")
m_name = sName
Trace("D(" + sName + ")")
PROCEDURE D::Destructor()
Trace("~D(" + m_name + ")")
PROCEDURE CPair::Constructor()
Trace("CPair built: " + m_first.m_name + ", " + m_second.m_name)
