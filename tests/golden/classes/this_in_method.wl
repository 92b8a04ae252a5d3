// `This` in a method is the current object, as `object` is: "the 'This' keyword has the
// same behavior as in classes or controls: it refers to the current object" (Extension
// procedure page, ?1514086, VERIFIED). It was an undeclared variable ("a string has no
// property 'm_nBalance'"). A method that declares its own `This` keeps it.
acc is CAccount
acc.Deposit(50)
acc.Deposit(25)
Trace(acc.Balance(), acc.Describe())
// expect: 75, balance 75
Trace(acc.Shadow())
// expect: mine

CAccount is Class
  PRIVATE
  m_nBalance is int
END
PROCEDURE CAccount::Deposit(nAmount is int)
This.m_nBalance += nAmount
PROCEDURE CAccount::Balance()
RESULT This.m_nBalance
PROCEDURE CAccount::Describe()
RESULT "balance " + This.Balance()
PROCEDURE CAccount::Shadow()
This is string = "mine"
RESULT This
