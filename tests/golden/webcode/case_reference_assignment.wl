// A CASE whose action, on the CASE's own line after its colon, is a reference assignment
// (`CAS Google : clProviderInstance <- allouer un CGoogleProvider(sUrl)`, a Firebase SDK
// for WINDEV choosing its sign-in provider): it was "unexpected '<'" (the lexer read
// `< -`: it knew a statement's start only at a line's start or after THEN / ELSE).
IProvider is Interface
	PROCEDURE Name() : string
END
CMailProvider is Class
	implements IProvider
END
CPhoneProvider is Class
	implements IProvider
	sNumber is string
END
Trace(Chosen("mail")) // expect: by mail
Trace(Chosen("phone")) // expect: by phone 555
Trace(Chosen("other")) // expect: none

PROCEDURE Chosen(sKind is string) : string
pProvider is IProvider
SWITCH sKind
	CASE "mail" : pProvider <- new CMailProvider
	CASE "phone" : pProvider <- new CPhoneProvider("555")
	OTHER CASE : RESULT "none"
END
RESULT pProvider.Name()

PROCEDURE CMailProvider::Name() : string
RESULT "by mail"

PROCEDURE CPhoneProvider::Constructor(sGiven is string)
:sNumber = sGiven

PROCEDURE CPhoneProvider::Name() : string
RESULT "by phone " + :sNumber
