// emailValidateSyntaxStrict, the level PC SOFT's own example "WD Input checks" gives
// EmailCheckAddress (its procedure bCheckEmail, run here as written), was an unknown
// name. Its rules are ours (*decided* 6 Dec 2026, FS, INFERRED: the page ?1000017305 is
// cut before its levels; docs/email.md "EmailCheckAddress"): the syntax level's rules,
// and the local part only letters, digits and . _ - +, the domain in ASCII letters,
// digits and hyphens, the top-level domain letters only, two at least.
// French twin email_verifie_stricte_fr.wl.
Trace(bCheckEmail("morgan@test.com"), bCheckEmail("jean.dupont+factures@mail.example.fr")) // expect: 1, 1
Trace(bCheckEmail("morgan@@test.com"), bCheckEmail("morgan")) // expect: 0, 0
// what the syntax level takes and the strict one refuses
FOR EACH sAddress OF ["o'brien@test.com", "bill{x}@test.com", "x@test.c", "x@test.c0m", "x@société.fr"]
	Trace(sAddress, EmailCheckAddress(sAddress, emailValidateSyntax), EmailCheckAddress(sAddress, emailValidateSyntaxStrict))
END
// expect: o'brien@test.com, 1, 0
// expect: bill{x}@test.com, 1, 0
// expect: x@test.c, 1, 0
// expect: x@test.c0m, 1, 0
// expect: x@société.fr, 1, 0
Trace(EmailCheckAddress(" morgan@test.com ", emailValidateSyntaxStrict) = emailAddressValid, ErrorOccurred) // expect: 1, 0
// a punycode top-level domain (.рф written xn--p1ai, as the DNS writes it) is taken
// (it was refused, every internationalised one with it); a hyphen at its end is not
Trace(EmailCheckAddress("a@x.xn--p1ai", emailValidateSyntaxStrict), EmailCheckAddress("shop@example.XN--90AIS", emailValidateSyntaxStrict)) // expect: 1, 1
Trace(EmailCheckAddress("a@x.xn--p1ai-", emailValidateSyntaxStrict), EmailCheckAddress("a@x.x1--p1ai", emailValidateSyntaxStrict)) // expect: 0, 0

PROCEDURE bCheckEmail(psEMail)
switch EmailCheckAddress(psEMail,emailValidateSyntaxStrict)
	case emailAddressError,emailAddressRefused,emailAddressIncorrectSyntax
		return False
	case emailAddressValid
		return True
END
RESULT False
