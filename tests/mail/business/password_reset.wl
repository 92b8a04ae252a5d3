// Forgotten password: a one-time token is mailed; only its SHA-256 digest is kept,
// with its expiry (30 min). Server code, no window.
CONSTANT
	SITE_URL = "https://extranet.mycompany.com/reset"
	VALIDITY = 30 // minutes
END

STRequest is structure
	sDigest		is string
	dtExpires	is DateTime
	bUsed		is boolean
END
garrRequests is associative array of STRequest

gsLastToken is string // for the test only: the token leaves by mail

IF NOT EmailStartSMTPSession("noreply@mycompany.com", "smtp.mycompany.com", 25) THEN
	Error("Mail server unavailable", ErrorInfo())
	RETURN
END
Trace(RequestReset("John.Smith@Example.com", "John Smith"))
Trace(RequestReset("not-an-address", "Nobody"))
EmailCloseSession("noreply@mycompany.com")

Trace(CheckToken("john.smith@example.com", "0000"))
Trace(CheckToken("john.smith@example.com", gsLastToken))
Trace(CheckToken("john.smith@example.com", gsLastToken)) // used already

PROCEDURE Digest(LOCAL sToken is string) : string
RESULT BufferToHexa(HashString(HA_SHA_256, sToken))

PROCEDURE RequestReset(LOCAL sAddress is string, LOCAL sName is string) : boolean
sAddress = Lower(NoSpace(sAddress))
IF EmailCheckAddress(sAddress) <> emailAddressValid THEN
	Trace("Address refused: " + sAddress)
	RESULT False
END
sToken is string = GetGUID(guidRough)
gsLastToken = sToken
stR is STRequest
stR.sDigest = Digest(sToken)
stR.dtExpires = DateTimeSys()
stR.dtExpires..Minute += VALIDITY
garrRequests[sAddress] = stR

sLink is string = SITE_URL + "?email=" + URLEncode(sAddress) + "&token=" + sToken
Email.Sender = "Customer service <noreply@mycompany.com>"
Email.Recipient[1] = sAddress
Email.Subject = "Reset your password"
Email.Message = StringBuild("Hello %1,%2%2To choose a new password, open this link (valid %3 minutes):%2%4%2%2If you did not ask for it, ignore this message.", sName, CR, VALIDITY, sLink)
Email.HTML = "<p>Hello " + sName + ",</p><p><a href=""" + sLink + """>Choose a new password</a></p>"
IF NOT EmailSendMessage("noreply@mycompany.com") THEN
	Trace("Cannot send: " + ErrorInfo(errMessage))
	RESULT False
END
RESULT True

PROCEDURE CheckToken(LOCAL sAddress is string, LOCAL sToken is string) : string
IF NOT garrRequests[sAddress]..Exist THEN RESULT "unknown"
stR is STRequest = garrRequests[sAddress]
SWITCH True
	CASE stR.bUsed : RESULT "used already"
	CASE DateTimeSys() > stR.dtExpires : RESULT "expired"
	CASE Digest(sToken) <> stR.sDigest : RESULT "wrong token"
END
garrRequests[sAddress].bUsed = True
RESULT "ok"
