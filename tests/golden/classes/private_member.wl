// a PRIVATE member is usable only by the class's own methods
// (access is checked when compiling: nothing runs, as in WINDEV)
CAccount is Class
PRIVATE
	m_balance is int
PUBLIC
	m_owner is string
END
c is CAccount
c.m_owner = "Ann"
c.Deposit(10)
Trace(c.Balance())
c.m_balance = 1000 // expect error: 'm_balance' is a private member of the class CAccount
PROCEDURE CAccount::Deposit(n)
:m_balance += n
PROCEDURE CAccount::Balance()
RESULT :m_balance
