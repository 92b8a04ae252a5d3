// a class that has every prototype of an interface, itself or through an ancestor,
// implements it without an `implements` line: its object goes into a variable of the
// interface (by `<-` or `=`), and `is` says so (INFERRED from real code, docs/semantics.md
// "Interfaces"); a class lacking one prototype is still refused
IProvider is Interface
	PROCEDURE SignIn(): string
	PROPERTY Label <get>
END
ProviderKind is Enumeration
	kindMail
	kindToken
END
CProvider is Class, abstract
PROTECTED
	m_url is string
END
CMailProvider is Class
	inherits from CProvider
	Label is string = "mail"
END
CTokenProvider is Class
	inherits from CProvider
	Label is string = "token"
END
CHalfProvider is Class
	m_x is int
END
Trace(Connect(kindMail)) // expect: mail: signed in at https://a.example
Trace(Connect(kindToken)) // expect: token: signed in at https://a.example
m is CMailProvider("https://b.example")
p is IProvider = m
Trace(p.SignIn()) // expect: signed in at https://b.example
Trace(m is IProvider) // expect: 1
h is CHalfProvider
Trace(h is IProvider) // expect: 0
WHEN EXCEPTION IN
	p <- h // wl: ignore[WL110] (the run stops here)
DO
	Trace(ExceptionInfo()) // expect: The class CHalfProvider does not implement the interface IProvider: its object cannot be stored in a variable of IProvider.
END
PROCEDURE Connect(kind is ProviderKind): string
prov is IProvider
SWITCH kind
	CASE kindMail: prov <- new CMailProvider("https://a.example")
	CASE kindToken: prov <- new CTokenProvider("https://a.example")
END
RESULT prov.Label + ": " + prov.SignIn()
PROCEDURE CProvider::Constructor(url is string = "")
m_url = url
PROCEDURE PROTECTED CProvider::SignIn(): string
RESULT "signed in at " + m_url
PROCEDURE CHalfProvider::SignIn(): string
RESULT "half"
