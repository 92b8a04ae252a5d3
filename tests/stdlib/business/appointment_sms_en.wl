// Tomorrow's appointments reminded by SMS: the operator's gateway takes a POST form
// (account, key, number, text) and answers in JSON.
CONSTANT
	GATEWAY_URL = "http://127.0.0.1:{port}/api/sms"
	ACCOUNT = "CABINET-DUPONT"
	SMS_LENGTH = 160
END

STAppointment is structure
	sPatient	is string
	sPhone		is string
	tTime		is Time
END

arrAppointments is array of STAppointment
AddAppointment(arrAppointments, "Mme Élise Lefèvre", "06 12 34 56 78", "0930")
AddAppointment(arrAppointments, "M. Jean-Noël Durand", "+33 7 98 76 54 32", "1415")
AddAppointment(arrAppointments, "M. Paul Martin", "12 34", "1600")
AddAppointment(arrAppointments, "Mme Zoé Bernard", "06.11.22.33.44", "1730")

arrErrors is array of strings
nSent is int
FOR EACH stA OF arrAppointments
	sOutcome is string = SendSMS(stA.sPhone, StringBuild("Bonjour %1, rappel de votre RDV demain à %2 au cabinet Dupont. Répondez STOP pour annuler.", stA.sPatient, TimeToString(stA.tTime, "HHhMM")))
	IF sOutcome = "" THEN
		nSent++
	ELSE
		ArrayAdd(arrErrors, stA.sPatient + ": " + sOutcome)
	END
END
Trace(nSent + " SMS sent, " + arrErrors..Occurrence + " error(s)")
FOR EACH sError OF arrErrors
	Trace(sError)
END

PROCEDURE AddAppointment(arr is array of STAppointment, sPatient is string, sPhone is string, sTime is string)
st is STAppointment
st.sPatient = sPatient
st.sPhone = sPhone
st.tTime = sTime
ArrayAdd(arr, st)

// The number as +33XXXXXXXXX, "" when it is no French mobile number
PROCEDURE InternationalNumber(LOCAL sNumber is string) : string
sNumber = Replace(Replace(Replace(sNumber, " ", ""), ".", ""), "-", "")
IF sNumber [= "+33" THEN sNumber = "0" + Middle(sNumber, 4)
IF Length(sNumber) <> 10 OR NOT (sNumber [= "06" OR sNumber [= "07") THEN RESULT ""
RESULT "+33" + Middle(sNumber, 2)

// "" when the SMS is accepted, else why not
PROCEDURE SendSMS(sNumber is string, LOCAL sText is string) : string
sTo is string = InternationalNumber(sNumber)
IF sTo = "" THEN RESULT "invalid number (" + sNumber + ")"
IF Length(sText) > SMS_LENGTH THEN sText = Left(sText, SMS_LENGTH - 1) + "…"

HTTPCreateForm("SMS")
HTTPAddParameter("SMS", "compte", ACCOUNT)
HTTPAddParameter("SMS", "destinataire", sTo)
HTTPAddParameter("SMS", "texte", sText)
IF NOT HTTPSendForm("SMS", GATEWAY_URL, httpPost) THEN
	RESULT "gateway unreachable: " + ErrorInfo(errMessage)
END
sHTTPCode is string = ExtractString(HTTPGetResult(httpHeader), 2, " ")
IF sHTTPCode <> "200" THEN RESULT "HTTP error " + sHTTPCode
vAnswer is Variant = JSONToVariant(HTTPGetResult(httpResult))
IF ErrorOccurred THEN RESULT "unreadable answer: " + ErrorInfo(errMessage)
IF vAnswer.statut <> "OK" THEN RESULT "refused by the gateway: " + vAnswer.message
RESULT ""
