// a PRIVATE method of an ancestor called on the current object from a derived class's
// method (`:Audit()`, `Object.Audit()`) is WL112, as `Audit()` alone was: only the
// methods of the class that declares it use it (the check said nothing and the run
// called it); the class's own methods may, and a PROTECTED one is the derived class's
CAccount is Class
	PRIVATE
	m_mBalance is currency
END
CSavings is Class
	inherits from CAccount
END
s is CSavings
s.Interest()
PROCEDURE PRIVATE CAccount::Audit()
	Trace("audit")
PROCEDURE PROTECTED CAccount::Log(sText is string)
	Trace(sText)
PROCEDURE CAccount::Close()
	:Audit()
	Object.Audit()
PROCEDURE CSavings::Interest()
	:Log("interest")
	:Audit() // error: WL112:3 'Audit' is a private member of the class CAccount: only its own methods can use it
	Object.Audit() // error: WL112:9 'Audit' is a private member of the class CAccount: only its own methods can use it
	:Close()
