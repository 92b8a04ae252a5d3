// a member whose class has a constructor: its arguments, written on the member line,
// are checked there (a GLOBAL member's must be constants: it is built once, on first use)
CAccount is a Class
    m_owner is string
END
CPlain is a Class
END
Pt is Structure
    x is int
END
gName is string = "Ann"
CBank is a Class
    m_main is CAccount("Ann")
    m_other is CAccount(gName, 2)
    m_third is CAccount("Ann", 2, 3) // error: WL104:5 CAccount::Constructor expects 1 to 2 parameter(s) but received 3
    m_none is CAccount // error: WL104:5 CAccount::Constructor expects 1 to 2 parameter(s) but received 0
    m_link is dynamic CAccount
    m_plain is CPlain(1) // error: WL104:5 the class CPlain has no constructor to receive arguments
    m_pt is Pt(1) // error: WL104:5 the class Pt has no constructor to receive arguments
    m_list is array of CAccount
    GLOBAL
    m_shared is CAccount("bank")
    m_computed is CAccount(gName) // error: WL111:28 a GLOBAL member's constructor arguments must be constants (build it in the code)
END

PROCEDURE CAccount::Constructor(sOwner, nKind = 1)
m_owner = sOwner + nKind
