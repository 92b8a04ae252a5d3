// EmailConstruitSource (?1000017225) et <Email>.ConstruitSource (?1000022278) : les exemples des
// pages, sauvés dans un répertoire temporaire ; EmailImporteSource relit le source
sRep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_courriel_" + Hasard(1, 999999999)
fRepCrée(sRep)
MonMessage est un Email
Ajoute(MonMessage.Destinataire, "support_test@pcsoft_testfr")
MonMessage.Expéditeur = ""
MonMessage.Message = "Test Email Auto"
SI EmailConstruitSource(MonMessage) = Vrai ALORS
	fSauveTexte(sRep + "\Test.eml", MonMessage.Source)
FIN
Trace(fFichierExiste(sRep + "\Test.eml"), Position(MonMessage.Source, "To: support_test@pcsoft_testfr") > 0) // expect: 1, 1
SI MonMessage.ConstruitSource() = Vrai ALORS
	Trace("méthode : " + (Position(MonMessage.Source, "Test Email Auto") > 0)) // expect: méthode : 1
FIN
Email.NbDestinataire = 1
Email.Destinataire = "bob@example.org"
Email.Expéditeur = "Anne <anne@example.org>"
Email.Sujet = "Réunion à 8 h"
Email.Message = "Ligne 1" + RC + "Ligne 2"
Email.Cci[1] = "cache@example.org"
SI EmailConstruitSource() = Vrai ALORS
	fSauveTexte(sRep + "\Test2.eml", Email.Source)
FIN
Trace(Position(Email.Source, "cache@example.org") > 0) // expect: 0
EmailConstruitSource(Email, emailOptionEntêteCci)
Trace(Position(Email.Source, "Bcc: cache@example.org") > 0) // expect: 1
Retour est un Email
Retour.Source = fChargeTexte(sRep + "\Test2.eml")
Trace(EmailImporteSource(Retour), Retour.Expéditeur, Retour.Destinataire[1], Retour.Sujet) // expect: 1, Anne <anne@example.org>, bob@example.org, Réunion à 8 h
Trace(Retour.Message = "Ligne 1" + RC + "Ligne 2", TableauOccurrence(Retour.Attache)) // expect: 1, 0
Email.Sujet = "x" + RC + "Bcc: victime@example.org"
Trace(EmailConstruitSource(), ErreurDétectée) // expect: 0, 1
Vide est un Email
Trace(EmailImporteSource(Vide), ErreurDétectée) // expect: 0, 1
fSupprime(sRep + "\Test.eml")
fSupprime(sRep + "\Test2.eml")
fRepSupprime(sRep)
