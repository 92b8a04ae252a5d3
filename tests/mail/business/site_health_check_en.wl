// Site monitoring: each URL is queried with its own timeout, the answer
// classified (OK / SLOW / DOWN) and a summary mailed to the on-call address
// when at least one site does not answer properly.
CONSTANT
	SMTP_SERVER		= "smtp.mycompany.com"
	SENDER			= "monitoring@mycompany.com"
	ON_CALL			= "oncall@mycompany.com"
	DEFAULT_DELAY	= 2000	// milliseconds
END

STSite is Structure
	sName		is string
	sURL		is string
	nDelay		is int		// 0: the default delay
END

STResult is Structure
	sName		is string
	sState		is string
	nCode		is int
	sDetail		is string
END

garrSites is array of STSite
AddSite("Shop", "http://127.0.0.1:{port}/health")
AddSite("Extranet", "http://127.0.0.1:{port}/old-address")
AddSite("Orders API", "http://127.0.0.1:{port}/api/status", 800)
AddSite("Payment", "http://127.0.0.1:{port}/payment")
AddSite("Old server", "http://127.0.0.1:{closed}/")

garrResults is array of STResult
nDown is int = 0
FOR EACH stSite OF garrSites
	stR is STResult = CheckSite(stSite)
	ArrayAdd(garrResults, stR)
	IF stR.sState = "DOWN" THEN nDown++
	Trace(stR.sName + ": " + stR.sState + ...
		(stR.nCode > 0 ? " (" + stR.nCode + ")" ELSE "") + ...
		(stR.sDetail = "" ? "" ELSE " - " + stR.sDetail))
END

IF nDown = 0 THEN
	Trace("Every site answers")
ELSE
	IF SendSummary(garrResults, nDown) THEN
		Trace("Summary sent to " + ON_CALL)
	ELSE
		Trace("Cannot send: " + ErrorInfo(errMessage))
	END
END

PROCEDURE AddSite(LOCAL sName is string, LOCAL sURL is string, LOCAL nDelay is int = 0)
stS is STSite
stS.sName = sName
stS.sURL = sURL
stS.nDelay = nDelay
ArrayAdd(garrSites, stS)

// Queries a site and classifies its answer
PROCEDURE CheckSite(LOCAL stS is STSite) : STResult
stRes is STResult
stRes.sName = stS.sName
cReq is httpRequest
cReq..URL = stS.sURL
cReq..Method = httpGet
cReq..Timeout = (stS.nDelay > 0 ? stS.nDelay ELSE DEFAULT_DELAY)
cResp is httpResponse = HTTPSend(cReq)
IF ErrorOccurred THEN
	stRes.sState = "DOWN"
	IF Position(ErrorInfo(errMessage), "no answer within") > 0 THEN
		stRes.sDetail = "no answer within " + (cReq..Timeout / 1000) + " s"
	ELSE
		stRes.sDetail = "unreachable"
	END
	RESULT stRes
END
stRes.nCode = cResp..StatusCode
SWITCH cResp..StatusCode
	CASE 200 TO 299
		IF Position(cResp..Content, "degraded", 1, IgnoreCase) > 0 THEN
			stRes.sState = "SLOW"
			stRes.sDetail = "degraded mode"
		ELSE
			stRes.sState = "OK"
		END
	CASE 500 TO 599
		stRes.sState = "DOWN"
		stRes.sDetail = cResp..DescriptionStatusCode
	OTHER CASE
		stRes.sState = "DOWN"
		stRes.sDetail = "unexpected answer"
END
RESULT stRes

// Mail to the on-call address: a text table (tabs) and its HTML version
PROCEDURE SendSummary(arrRes is array of STResult, LOCAL nDown is int) : boolean
sText is string = "Site" + TAB + "State" + TAB + "Code" + CR
sHTML is string = "<table><tr><th>Site</th><th>State</th><th>Code</th></tr>"
FOR EACH stR OF arrRes
	sText += stR.sName + TAB + stR.sState + TAB + stR.nCode + CR
	sHTML += StringBuild("<tr><td>%1</td><td>%2</td><td>%3</td></tr>", TextToHTML(stR.sName), stR.sState, stR.nCode)
END
sHTML += "</table>"
IF NOT EmailStartSMTPSession(SENDER, SMTP_SERVER, 25) THEN RESULT False
EmailReset()
Email.Sender = SENDER
Email.Recipient[1] = ON_CALL
Email.Subject = StringBuild("[Monitoring] %1 site(s) down out of %2", nDown, arrRes..Occurrence)
Email.Message = sText
Email.HTML = sHTML
bOK is boolean = EmailSendMessage(SENDER)
EmailCloseSession(SENDER)
RESULT bOK
