// A method the class does not declare, called on the class (`CAccount::Missing()`): WL109
// naming the class, at the method's name (it was WL102 one column off); a `<get>`
// property called like a method, a method assigned like a member (the run stops at each
// with the same words at the same column: tests/semantics/test_check_and_run_agree_on_calls.py)
CAccount is Class
	PRIVATE m_n is real
END
c is CAccount
CAccount::Missing() // error: WL109:11 'Missing' is not a method of CAccount
CAccount.Depositt(1) // error: WL109:10 'Depositt' is not a method of CAccount
Trace(c.Balance()) // error: WL109:9 'Balance' is a property of CAccount, not a method: it is read or assigned without parentheses
c.Deposit = 5 // error: WL109:3 'Deposit' is not a member of the class CAccount
c.Deposit(1, 2) // error: WL104:3 Deposit expects 1 parameter(s) but received 2
Trace(c.Balance)
PROCEDURE CAccount::Balance() <get>
RESULT m_n
PROCEDURE CAccount::Deposit(x)
m_n += x
