// PRIVATE on the member line: refused outside the class; the next member stays public
CAccount is Class
	private m_balance is int
	m_name is string
END
a is CAccount
a.m_name = "x"
Trace(a.m_balance) // expect error: 'm_balance' is a private member of the class CAccount
