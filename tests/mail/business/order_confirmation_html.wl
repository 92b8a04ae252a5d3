// Order confirmation: an HTML body showing the logo inline (cid:), a plain-text
// alternative, written as in a WINDEV project (a structure of lines, a procedure with
// LOCAL parameters, an optional parameter, FOR EACH, StringBuild, `..` and `:`)
CONSTANT
	SMTP_SERVER = "smtp.elegance-shop.com"
	SENDER = "Élégance Shop <sales@elegance-shop.com>"
END

STOrderLine is Structure
	sDescription is string
	nQuantity is int
	cyUnitPrice is currency
END

arrLines is array of STOrderLine
stL is STOrderLine
stL:sDescription = "Cast-iron teapot “Kyoto”"
stL:nQuantity = 1
stL:cyUnitPrice = 49.90
Add(arrLines, stL)
stL:sDescription = "Sencha green tea 100 g"
stL:nQuantity = 3
stL:cyUnitPrice = 7.50
Add(arrLines, stL)

IF ConfirmOrder("ORD-2026-0815", "Helen Dupont", "helen.dupont@example.com", arrLines, "{logo}") THEN
	Trace("Confirmation sent")
ELSE
	Trace("Failed: " + ErrorInfo(errMessage))
END
// the logo missing: nothing is sent, and it is said
Trace(ConfirmOrder("ORD-2026-0816", "Paul Martin", "paul.martin@example.com", arrLines, "{absent}"))

PROCEDURE ConfirmOrder(LOCAL sOrderNo is string, LOCAL sCustomer is string, LOCAL sAddress is string, arrLines is array of STOrderLine, LOCAL sLogo is string = "") : boolean
	sHTMLLines, sTextLines are strings
	cyTotal is currency = 0
	FOR EACH stLine OF arrLines
		cyLine is currency = stLine.nQuantity * stLine.cyUnitPrice
		sHTMLLines += StringBuild("<tr><td>%1</td><td>%2</td><td>%3 €</td></tr>", stLine.sDescription, stLine.nQuantity, NumToString(cyLine, ".2f"))
		sTextLines += StringBuild("- %1 x %2: %3 €", stLine.nQuantity, stLine.sDescription, NumToString(cyLine, ".2f")) + CR
		cyTotal += cyLine
	END

	MyMail is Email
	MyMail..Sender = SENDER
	MyMail..Recipient[1] = sCustomer + " <" + sAddress + ">"
	MyMail..Subject = "Your order no. " + sOrderNo + " is confirmed"
	MyMail..Message = StringBuild("Hello %1,%2%2We have received your order no. %3:%2%4%2Total incl. VAT: %5 €%2%2See you soon!", sCustomer, CR, sOrderNo, sTextLines, NumToString(cyTotal, ".2f"))
	MyMail..HTML = "<html><body>"
	IF sLogo <> "" THEN
		IF NOT EmailLoadAttachment(MyMail, sLogo, "logo.png") THEN
			Trace("Logo not found: " + ErrorInfo(errMessage))
			RESULT False
		END
		MyMail..AttachIdentifier[1] = "shop-logo"
		MyMail..HTML += "<img src=""cid:shop-logo"" alt=""Élégance Shop"">"
	END
	MyMail..HTML += StringBuild("<p>Hello %1,</p><p>We have received your order no. <b>%2</b>:</p><table>%3</table><p>Total incl. VAT: <b>%4 €</b></p></body></html>", sCustomer, sOrderNo, sHTMLLines, NumToString(cyTotal, ".2f"))

	IF NOT EmailStartSMTPSession("sales@elegance-shop.com", SMTP_SERVER) THEN
		RESULT False
	END
	bSent is boolean = EmailSendMessage("sales@elegance-shop.com", MyMail)
	EmailCloseSession("sales@elegance-shop.com")
	RESULT bSent
