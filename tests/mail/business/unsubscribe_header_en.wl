// Newsletter with the List-Unsubscribe header (RFC 2369) and one-click
// unsubscription (RFC 8058), which Gmail and Yahoo require of bulk senders. The
// Email structure has no member for a header of one's own: the source is built by
// EmailBuildSource, the header put in front of it, and the source sent by EmailSend.
// Each subscriber has a personal link; failures are kept with their address.
CONSTANT
	SMTP_SERVER		= "smtp.mycompany.com"
	SENDER			= "letter@mycompany.com"
	UNSUBSCRIBE_URL	= "https://www.mycompany.com/unsubscribe?id="
END

STSubscriber is Structure
	sEmail	is string
	sName	is string
	sToken	is string
END

arrSubscribers is array of STSubscriber = [
	["marie.curie@exemple.fr", "Marie", "a1b2c3"],
	["refuse@exemple.fr", "Paul", "d4e5f6"],
	["jose@exemple.es", "José", "g7h8i9"]]
sSourceFile is string = fTempPath() + ["/"] + "letter_" + SysDate() + ".eml"
arrFailures is associative array of strings

IF NOT EmailStartSMTPSession(SENDER, SMTP_SERVER, 25) THEN
	Trace("Cannot start the session: " + ErrorInfo(errMessage))
	RETURN
END
nSent is int
FOR EACH stS OF arrSubscribers
	EmailReset()
	Email.Sender = "My Company's letter <" + SENDER + ">"
	Email.Recipient[1] = stS.sEmail
	Email.Subject = "December news"
	Email.Message = "Hello " + stS.sName + "," + CR + "Here is what is new." + CR + ...
		"Unsubscribe: " + UNSUBSCRIBE_URL + stS.sToken
	IF NOT EmailBuildSource() THEN
		arrFailures[stS.sEmail] = "source: " + ErrorInfo(errMessage)
		CONTINUE
	END
	sHeaders is string = "List-Unsubscribe: <mailto:unsubscribe@mycompany.com?subject=" + stS.sToken + ">, <" + ...
		UNSUBSCRIBE_URL + stS.sToken + ">" + CR + "List-Unsubscribe-Post: List-Unsubscribe=One-Click" + CR
	fSaveText(sSourceFile, sHeaders + Email.Source)
	IF EmailSend(SENDER, sSourceFile) THEN
		nSent++
	ELSE
		arrFailures[stS.sEmail] = ErrorInfo(errMessage)
	END
END
EmailCloseSession(SENDER)
fDelete(sSourceFile)

Trace(nSent + " letter(s) sent, " + arrFailures..Occurrence + " failure(s)")
FOR EACH sReason, sAddress OF arrFailures
	Trace(sAddress + ": " + sReason)
END
