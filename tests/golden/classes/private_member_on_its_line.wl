// PRIVATE / PROTECTED / PUBLIC written on the member line applies to that member only
CAccount is Class
	PRIVATE m_balance is int
	m_name is string
	PROTECTED m_code is int
	PUBLIC CONSTANT m_kind is string
END
CSaving is Class
	inherits from CAccount
END
a is CSaving
a.m_name = "Bo"
a.Credit(7)
Trace(a.m_name, a.Balance(), a.Code()) // expect: Bo, 7, 3
PROCEDURE CAccount::Credit(n)
:m_balance += n
:m_code = 3
PROCEDURE CAccount::Balance()
RESULT :m_balance
PROCEDURE CSaving::Code()
RESULT :m_code
