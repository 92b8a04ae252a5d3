
// Completes the help page's example: fills the Email structure it sends.
PROCEDURE Initialize_Email()
EmailReset()
Email.Sender = "myaddress@gmail.com"
Email.NbRecipient = 2
Email.Recipient[1] = "friend@example.com"
Email.Recipient[2] = "Zoé Martin <zoe@example.com>"
Email.Cc[1] = "boss@example.com"
Email.Bcc[1] = "archive@example.com"
Email.Subject = "Commande n°42 confirmée"
Email.Message = "Bonjour," + CR + "votre commande est confirmée."
Email.HTML = "<p>Bonjour,<br>votre commande est <b>confirmée</b>.</p>"
