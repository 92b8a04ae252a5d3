// Email.Certificat (?3032029 : le certificat qui signe le message avant l'envoi ; nom français
// INFERRED) et emailConfidentielEntreprise (?3032138 ; nom français INFERRED), jumeau de
// email_certificate.wl. wlinterp ne signe pas : un message muni d'un certificat est refusé,
// jamais envoyé ni construit sans signature ; envoyé une fois le certificat vidé.
Trace(emailConfidentielEntreprise, Email.Certificat = "") // expect: 3, 1
SI EmailOuvreSessionSMTP("anne@example.org", "MotDePasse", "smtp.example.com") ALORS
	Email.Expéditeur = "anne@example.org"
	Email.Destinataire[1] = "bob@example.org"
	Email.Sujet = "Signé ?"
	Email.Certificat = "c:\certificats\anne.p12"
	Trace(EmailEnvoieMessage("anne@example.org"), ErreurDétectée, Email.ID = "") // expect: 0, 1, 1
	Trace(Position(ErreurInfo(errMessage), "Email.Certificate asks for the message to be signed") > 0) // expect: 1
	Trace(Position(ErreurInfo(errMessage), "the message was not sent") > 0, Email.Certificat) // expect: 1, c:\certificats\anne.p12
	m est un Email
	m.Expéditeur = "anne@example.org"
	Ajoute(m.Destinataire, "carole@example.org")
	m.CERTIFICAT = "anne"
	Trace(EmailConstruitSource(m), m.Source = "", Position(ErreurInfo(), "was not built") > 0) // expect: 0, 1, 1
	Trace(EmailEnvoieMessage("anne@example.org", m)) // expect: 0
	sFichier est une chaîne = fRepTemp() + "email_certificat.eml"
	fSauveTexte(sFichier, "Subject: brut" + RC + RC + "corps")
	Trace(EmailEnvoie("anne@example.org", sFichier), Position(ErreurInfo(), "was not sent") > 0) // expect: 0, 1
	fSupprime(sFichier)
	Email.Certificat = ""
	Trace(EmailEnvoieMessage("anne@example.org"), Email.ID <> "") // expect: 1, 1
	EmailFermeSession("anne@example.org")
FIN
m2 est un Email = m
Trace(m2.Certificat) // expect: anne
m.Certificat = Null
Trace(EmailConstruitSource(m), m.Certificat = "") // expect: 1, 1
EmailRAZ()
Trace(Email.Certificat = "") // expect: 1
// expect mail count: 1
// expect mail: Subject: Signé ?
// expect mail: To: bob@example.org
