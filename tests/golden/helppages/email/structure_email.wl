// La structure Email / The Email structure ?3032029, French twin of email_structure.wl
// written from the English page, the members of the part of its table the stored copy
// keeps, with their French names; Email.AccuséRéception, the French page's first member
// (a delivery receipt, Return-Receipt-To), beside the read receipt DispositionNotification.
Trace(Email.AccuséRéception, Email.NbAttache, Email.NbCc, Email.NbCci) // expect: 0, 0, 0, 0
Trace(Email.Erreur = "", Email.HTML = "", Email.ID = "") // expect: 1, 1, 1
sFichier est une chaîne = fRepTemp() + "structure_email_attache.txt"
fSauveTexte(sFichier, "attaché")
SI EmailOuvreSessionSMTP("ann@example.org", "MotDePasse", "smtp.example.com") ALORS
	Email.Expéditeur = "ann@example.org"
	Email.Destinataire[1] = "bob@example.org"
	Email.Cc[1] = "carol@example.org"
	Email.Cci[1] = "dave@example.org"
	Email.Attache[1] = sFichier
	Email.Sujet = "La structure Email"
	Email.HTML = "<p>Bonjour</p>"
	Email.AccuséRéception = Vrai
	Email.DispositionNotification = Vrai
	Trace(EmailEnvoieMessage("ann@example.org"), Email.NbCc, Email.NbCci, Email.NbAttache) // expect: 1, 1, 1, 1
	Trace(Email.ID <> "", Email.Erreur = "") // expect: 1, 1
	EmailFermeSession("ann@example.org")
FIN
fSupprime(sFichier)
EmailRAZ()
Trace(Email.AccuséRéception, Email.NbCc, Email.HTML = "") // expect: 0, 0, 1
// expect mail count: 1
// expect mail: Cc: carol@example.org
// expect mail: Disposition-Notification-To: ann@example.org
// expect mail: Return-Receipt-To: ann@example.org
// expect mail: Subject: La structure Email
