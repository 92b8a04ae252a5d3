// A chain of validation rules for a customer: an array of Procedure filled with
// procedures, a lambda and an internal procedure reading a variable of the main code
// (changed afterwards: the rule sees the new value), called one after the other, BREAK
// at the first error when asked (method b, L 6 Dec 2026: passes as written; French
// twin: regles_validation_fr.wl).
STCustomer is Structure
	sName is string
	sEmail is string
	sPostCode is string
	nAge is int
END
arrRules is array of Procedure
arrRules.Add(RuleName)
arrRules.Add(RuleEmail)
arrRules.Add((c) => { IF c.nAge < 18 THEN RESULT "minor" ELSE RESULT "" })
nPostCodeLength is int = 5
INTERNAL PROCEDURE RulePostCode(c is STCustomer) : string
	IF Length(c.sPostCode) <> nPostCodeLength OR NOT MatchRegularExpression(c.sPostCode, "[0-9]+") THEN
		RESULT "invalid post code: '" + c.sPostCode + "'"
	END
	RESULT ""
END
arrRules.Add(RulePostCode)
Trace(arrRules.Count, arrRules[1]..Name) // expect: 4, RuleName

cust is STCustomer
cust.sName = "Dupont"
cust.sEmail = "jean.dupont@example.com"
cust.sPostCode = "75011"
cust.nAge = 42
Trace(Validate(cust)) // expect: OK
cust.sName = ""
cust.sEmail = "not-an-email"
cust.sPostCode = "7501"
cust.nAge = 16
Trace(Validate(cust)) // expect: name required | invalid e-mail: not-an-email | minor | invalid post code: '7501'
Trace(Validate(cust, True)) // expect: name required
nPostCodeLength = 4
Trace(Validate(cust)) // expect: name required | invalid e-mail: not-an-email | minor

PROCEDURE Validate(c is STCustomer, bFirstOnly is boolean = False) : string
arrErrors is array of strings
FOR EACH pRule OF arrRules
	sErr is string = pRule(c)
	IF sErr <> "" THEN
		arrErrors.Add(sErr)
		IF bFirstOnly THEN BREAK
	END
END
IF arrErrors.Count = 0 THEN RESULT "OK"
RESULT ArrayToString(arrErrors, " | ")

PROCEDURE RuleName(c is STCustomer)
IF NoSpace(c.sName) = "" THEN RESULT "name required"
RESULT ""

PROCEDURE RuleEmail(c is STCustomer)
IF NOT MatchRegularExpression(c.sEmail, "[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}") THEN
	RESULT "invalid e-mail: " + c.sEmail
END
RESULT ""
