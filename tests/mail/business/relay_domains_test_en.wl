// The company's SMTP relay tried before going live: a test message to an address of each
// partner domain, and a report per recipient (accepted, refused for now, refused) with
// the code the server gave.
CONSTANT
	RELAY_SERVER	= "smtp.mycompany.com"
	SENDER			= "monitoring@mycompany.com"
END

STResult is Structure
	sAddress is string
	sState is string
	sCode is string
END

arrAddresses is array of strings = ["compta@client.fr", "achats@partenaire.de", "contact@exemple.com", "sav@fournisseur.it"]
arrResults is array of STResult

IF NOT EmailStartSMTPSession(SENDER, RELAY_SERVER) THEN
	Trace("relay unreachable: " + ErrorInfo(errMessage))
	RETURN
END
FOR EACH sAddress OF arrAddresses
	ArrayAdd(arrResults, TryAddress(sAddress))
END
EmailCloseSession(SENDER)

nOK is int
FOR EACH st OF arrResults
	sLine is string = Complete(st.sAddress, 22) + st.sState
	IF st.sCode <> "" THEN sLine += " " + st.sCode
	Trace(sLine)
	IF st.sState = "accepted" THEN nOK++
END
Trace(StringBuild("%1/%2 domain(s) reachable", nOK, arrResults..Occurrence))

// a test message to one address, and what the relay said of it
PROCEDURE TryAddress(LOCAL sAddress is string) : STResult
	stR is STResult
	stR.sAddress = sAddress
	msg is Email
	msg.Sender = SENDER
	msg.Recipient[1] = sAddress
	msg.Subject = "Relay test to " + ExtractString(sAddress, 2, "@")
	msg.Message = "Test message, please do not reply."
	IF EmailSendMessage(SENDER, msg) THEN
		stR.sState = "accepted"
		RESULT stR
	END
	arrCode is array of strings
	IF MatchRegularExpression(msg.Error, ".*[^0-9]([45][0-9][0-9]) .*", arrCode) THEN
		stR.sCode = arrCode[1]
		stR.sState = (Left(stR.sCode, 1) = "4" ? "refused for now" ELSE "refused")
	ELSE
		stR.sState = "error: " + msg.Error
	END
	RESULT stR
