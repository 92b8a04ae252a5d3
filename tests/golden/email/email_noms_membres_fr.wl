// Les erreurs nomment le membre comme le script l'écrit, dans sa langue et avec ses accents
// (« Email.Destinataire[1] », pas « Email.Recipient[1] »), et le membre d'une variable Email
// se lit « the Email variable's Destinataire[1] » (c'était « the Email variable.Recipient[1] »).
msg est un Email
msg..Expéditeur = "Service comptable <compta@monentreprise.fr>"
msg..Destinataire[1] = "Martin SARL <martin@@example>"
Trace(EmailConstruitSource(msg)) // expect: 0
Trace(Position(ErreurInfo(), "the Email variable's Destinataire[1] 'Martin SARL <martin@@example>'") > 0) // expect: 1
msg..Destinataire[1] = "martin@example.fr"
msg..Expéditeur = "compta sans arobase"
Trace(EmailConstruitSource(msg), Position(ErreurInfo(), "the Email variable's Expéditeur 'compta sans arobase'") > 0) // expect: 0, 1
Email.Expediteur = "compta@monentreprise.fr"
Email.Destinataire[1] = "pas une adresse"
Trace(EmailConstruitSource(), Position(ErreurInfo(), "Email.Destinataire[1] 'pas une adresse'") > 0) // expect: 0, 1
QUAND EXCEPTION DANS
	msg..Confidentialite = 9
FAIRE
	Trace(ExceptionInfo()) // expect: the Email variable's Confidentialité: 9 is no confidentiality: give 0 (normal), 1 (personal), 2 (private) or 3 (emailCompanyConfidential).
FIN
