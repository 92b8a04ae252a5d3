// `o <= s` where o's class inherits a CONSTANT member s also has: WL106, as for the
// class's own CONSTANT members (the check looked at the source's own members only)
CAccount is Class
	PUBLIC CONSTANT
		m_sId is string
END
CSavings is Class
	inherits from CAccount
	m_rRate is real
END
a is CSavings
b is CSavings
b <= a // error: WL106:1 'm_sId' is a CONSTANT member of the class CAccount: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy CSavings's 'm_sId' into it)
Trace(b.m_rRate)
