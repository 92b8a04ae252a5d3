// what WINDEV's compiler refuses where an object is created, and members declared twice
Pt is Structure
    x is int
    y, x are int // error: WL105:8 the member 'x' of Pt is declared twice
END
CAccount is a Class
    m_owner is string
END
CPlain is a Class
END
D is a Class
    inherits from CAccount
END
a is CAccount("Ann")
b is CAccount("Ann", 3, 4) // error: WL104:1 CAccount::Constructor expects 1 to 2 parameter(s) but received 3
c is CAccount // error: WL104:1 CAccount::Constructor expects 1 to 2 parameter(s) but received 0
d is D("Bob")
e is D // error: WL104:1 CAccount::Constructor expects 1 to 2 parameter(s) but received 0
n is dynamic CAccount = new CAccount() // error: WL104:25 CAccount::Constructor expects 1 to 2 parameter(s) but received 0
p is CPlain(1) // error: WL104:1 the class CPlain has no constructor to receive arguments
q is CPlain
r is CAccount = NULL
s is Pt
Trace(a.m_owner, b.m_owner, c.m_owner, d.m_owner, e.m_owner, n.m_owner, s.x)
Trace(p = q, r = Null)

PROCEDURE CAccount::Constructor(sOwner, nKind = 1)
m_owner = sOwner + nKind
