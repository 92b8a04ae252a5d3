// A class whose parent is named on its header's line (`CGoogleProvider est une Classe
// hérite CAbstractProvider` then a CONSTANT block and the class's END, as a WINDEV 25 SDK
// saved by the IDE writes four of its classes): the parent was read as words of the
// type, so the class had no body and its END "closed no block". The parent is now the
// class's, as on a line of its own (INFERRED, docs/semantics.md).
CAccount is Class
	m_sOwner is string
	m_nBalance is int
END

CSavings is Class inherits from CAccount
	CONSTANT
		RATE_PERCENT = 3
	END
	m_nYears is int
END

CLocked is a Class, abstract inherits CAccount
PRIVATE
	m_bFrozen is boolean = True
END

CTrust is Class private inherits CAccount
	m_sTrustee is string
END

s is CSavings
s.m_sOwner = "Ada"
s.m_nBalance = 1000
s.m_nYears = 2
Trace(s.Describe()) // expect: Ada: 1000
Trace(s.Interest()) // expect: 60
Trace(CSavings.RATE_PERCENT) // expect: 3
Trace(s is CAccount) // expect: 1
t is CTrust
t.m_sTrustee = "Bo"
Trace(t.m_sTrustee) // expect: Bo

PROCEDURE CAccount::Describe()
RESULT m_sOwner + ": " + m_nBalance

PROCEDURE CSavings::Interest()
RESULT m_nBalance * RATE_PERCENT * m_nYears / 100
