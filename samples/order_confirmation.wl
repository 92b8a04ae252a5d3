// Order confirmation: the help page's session pattern (EmailStartSMTPSession, send,
// close), with an HTML body, a text body and an attachment.
// Run it with the embedded mailbox, so no real mail leaves the machine:
//     wl run --capture mailbox samples/order_confirmation.wl
//     wl mailbox list mailbox

CONSTANT
    SHOP_NAME = "Boulangerie Dupont"
END

STRUCTURE OrderLine
    Product is string
    Quantity is int
    UnitPrice is currency
END

sUser is string = "orders@boulangerie-dupont.example"
arrLines is array of OrderLine
nOrder is int = 1042

AddLine(arrLines, "Pain de campagne", 2, 3.20)
AddLine(arrLines, "Croissant", 6, 1.10)
AddLine(arrLines, "Tarte aux pommes", 1, 14.50)

EmailSetTimeOut(10) // 10 seconds for the timeout
IF EmailStartSMTPSession(sUser, "secret", "smtp.gmail.com", 587, False, ...
        emailOptionSecuredTLS) = True THEN
    PrepareConfirmation(nOrder, arrLines)
    IF EmailSendMessage(sUser) = False THEN
        Error("The confirmation could not be sent", ErrorInfo())
    ELSE
        Trace("Confirmation for order " + nOrder + " sent to " + Email.Recipient[1])
    END
    EmailCloseSession(sUser)
ELSE
    Error("Unable to establish connection", ErrorInfo())
END

PROCEDURE AddLine(arr is array of OrderLine, sProduct is string, nQty is int, mPrice)
line is OrderLine
line.Product = sProduct
line.Quantity = nQty
line.UnitPrice = mPrice
ArrayAdd(arr, line)

PROCEDURE PrepareConfirmation(nNumber is int, arr is array of OrderLine)
mTotal is currency = 0
sRows is string
sText is string
EmailReset()
Email.Sender = SHOP_NAME + " <" + sUser + ">"
Email.Recipient[1] = "Céline Martin <celine.martin@example.org>"
Email.Subject = "Votre commande n°" + nNumber + " est confirmée"
FOR EACH l OF arr
    mTotal += l.Quantity * l.UnitPrice
    sRows += "<tr><td>" + l.Product + "</td><td>" + l.Quantity + "</td></tr>"
    sText += l.Quantity + " x " + l.Product + CR
END
Email.Message = "Merci pour votre commande !" + CR + sText + "Total : " + mTotal + " EUR"
Email.HTML = "<html><body><h1>Merci !</h1><table>" + sRows + "</table>" + ...
    "<p>Total : " + mTotal + " EUR</p></body></html>"
Email.Attach[1] = "samples/data/conditions_generales.txt"
