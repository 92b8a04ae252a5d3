// The delivery note mailed with the logo and the driver's signature in its HTML (cid:),
// the parcels' detail as a CSV built in memory (a Buffer), without any file on disk.
// The signature comes from the driver's tablet, in base64.
CONSTANT
	SMTP_SERVER	= "smtp.mycompany.com"
	SENDER		= "deliveries@mycompany.com"
	LOGO_B64	= "R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs="
END

STParcel is Structure
	sRef is string
	sLabel is string
	rWeight is real
END

gsSignatureB64 is string = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR4nGNg+A8AAQIBAEK+vGgAAAAASUVORK5CYII="

arrParcels is array of STParcel
stP is STParcel
stP.sRef = "C-001" ; stP.sLabel = "Câble électrique 2,5 mm²" ; stP.rWeight = 12.5
ArrayAdd(arrParcels, stP)
stP.sRef = "C-002" ; stP.sLabel = "Gaine ICTA Ø20" ; stP.rWeight = 3.25
ArrayAdd(arrParcels, stP)

IF NOT EmailStartSMTPSession(SENDER, SMTP_SERVER) THEN
	Trace("server unreachable: " + ErrorInfo(errMessage))
	RETURN
END
IF SendNote("BL-2026-0412", "reception@client.fr", arrParcels) THEN
	Trace("note sent")
ELSE
	Trace("failed: " + ErrorInfo(errMessage))
END
EmailCloseSession(SENDER)

PROCEDURE BuildCSV(LOCAL arr is array of STParcel) : Buffer
	sCSV is string = "Réf;Désignation;Poids (kg)" + CR
	FOR EACH st OF arr
		sCSV += st.sRef + ";" + st.sLabel + ";" + NumToString(st.rWeight, ".2f") + CR
	END
	RESULT StringToUTF8(sCSV)

PROCEDURE SendNote(sNoteNum is string, sTo is string, arrParcels is array of STParcel) : boolean
	m is Email
	m.Sender = SENDER
	m.Recipient[1] = sTo
	m.Subject = "Delivery note " + sNoteNum
	m.HTML = "<html><body><img src=""cid:logo""><p>Hello,</p>" + ...
		"<p>Your delivery " + sNoteNum + ": " + arrParcels..Occurrence + " parcel(s).</p>" + ...
		"<p>Driver's signature:<br><img src=""cid:signature""></p></body></html>"
	m.Message = "Hello, your delivery " + sNoteNum + ": " + arrParcels..Occurrence + " parcel(s)."
	attLogo is emailAttach
	attLogo.Name = "logo.gif"
	attLogo.Content = Decode(LOGO_B64, encodeBASE64)
	attLogo.Identifier = "logo"
	ArrayAdd(m.Attach, attLogo)
	attSignature is emailAttach
	attSignature.Name = "signature.png"
	attSignature.Content = Decode(gsSignatureB64, encodeBASE64)
	attSignature.Identifier = "signature"
	ArrayAdd(m.Attach, attSignature)
	attCSV is emailAttach
	attCSV.Name = sNoteNum + ".csv"
	attCSV.ContentType = "text/csv; charset=utf-8"
	attCSV.Content = BuildCSV(arrParcels)
	ArrayAdd(m.Attach, attCSV)
	RESULT EmailSendMessage(SENDER, m)
