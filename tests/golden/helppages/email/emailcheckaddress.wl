// EmailCheckAddress ?1000017305: its two examples as the page writes them (the stored page
// drops the lines holding only END and OTHER CASE: put back). Its result is a constant
// and it takes a validation level (it gave a Boolean and took one parameter: the first
// example was a wrong-count error). The second example's level is the default, the
// syntax (INFERRED: the stored page is cut before it; docs/email.md "EmailCheckAddress").
IF EmailCheckAddress("morgan@test.com", emailValidateSyntax) <> emailAddressValid THEN
	Error("Please check the email address")
END

SWITCH EmailCheckAddress("azerty@orange.com")
	CASE emailAddressValid
		Info("Valid address") // expect: Valid address
	CASE emailAddressIncorrectSyntax
		Info("The syntax of the address is incorrect.")
	CASE emailAddressRefused
		Info("The address was refused by the email server." + ...
			"ErrorInfo returns the reason for the refusal.")
	CASE emailAddressError
		Info("An error occurred during the check. " + ...
			"ErrorInfo returns the details of the error.")
	OTHER CASE
		Info("Undefined case")
END
// the page's constants on addresses of ours: a wrong syntax at either level; asked to
// validate by the server, a well-formed address is an error that says why (no server is
// asked: docs/email.md)
Trace(EmailCheckAddress("morgan@@test.com", emailValidateSyntax) = emailAddressIncorrectSyntax) // expect: 1
Trace(EmailCheckAddress("morgan", emailValidateByServer) = emailAddressIncorrectSyntax) // expect: 1
Trace(EmailCheckAddress("morgan@test.com", emailValidateByServer) = emailAddressError, ErrorOccurred) // expect: 1, 1
Trace(Position(ErrorInfo(errMessage), "not validate an address by its domain's mail server") > 0) // expect: 1
Trace(EmailCheckAddress("morgan@test.com") = emailAddressValid, ErrorOccurred) // expect: 1, 0
EmailCheckAddress("morgan@test.com", 7) // expect error: 7 is not a validation level
