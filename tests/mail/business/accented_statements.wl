// Month-end account statements: one PDF per customer, the file name and the subject in
// French with accents (customers see them as written in Outlook).
sFolder is string = fTempPath() + ["\"] + "statements_" + DateToString(DateSys(), "YYYYMM")
fMakeDir(sFolder)

arrCustomers is array of 0 by 3 strings
ArrayAddLine(arrCustomers, "Société Générale d'Équipement", "compta@sge.fr", "Relevé n°12 – Société Générale d'Équipement.pdf")
ArrayAddLine(arrCustomers, "Boulangerie Lefèvre & Fils", "m.lefevre@boulangerie-lefevre.fr", "Relevé n°13 – Boulangerie Lefèvre & Fils.pdf")

// The PDFs come from the report; here, a minimal content
FOR i = 1 _TO_ ArrayCount(arrCustomers)
	fSaveBuffer(sFolder + ["\"] + arrCustomers[i, 3], "%PDF-1.4" + CR + "relevé " + i + CR + "%%EOF")
END

nSent is int
IF EmailStartSMTPSession("statements@mycompany.com", "smtp.mycompany.com", 25) THEN
	FOR i = 1 _TO_ ArrayCount(arrCustomers)
		EmailReset()
		Email.Sender = "Comptabilité Clients <statements@mycompany.com>"
		Email.Recipient[1] = arrCustomers[i, 2]
		Email.Subject = "Votre relevé de compte — " + DateToString(DateSys(), "MMMM YYYY") + " — " + arrCustomers[i, 1]
		Email.Message = "Madame, Monsieur," + CR + CR + "Veuillez trouver ci-joint votre relevé de compte." + CR + "Cordialement," + CR + "Le service comptabilité"
		Email.Attach[1] = sFolder + ["\"] + arrCustomers[i, 3]
		IF EmailSendMessage("statements@mycompany.com") THEN
			nSent++
		ELSE
			Trace("Failed for " + arrCustomers[i, 1] + ": " + ErrorInfo(errMessage))
		END
	END
	EmailCloseSession("statements@mycompany.com")
END
Trace(nSent + " statement(s) sent")

// clean-up
FOR i = 1 _TO_ ArrayCount(arrCustomers)
	fDelete(sFolder + ["\"] + arrCustomers[i, 3])
END
fRemoveDir(sFolder)
