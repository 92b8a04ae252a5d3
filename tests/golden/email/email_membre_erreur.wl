// Email.Erreur (« chaîne contenant le message d'erreur », ?3032029) : pourquoi le dernier
// EmailEnvoieMessage de ce message a échoué, "" une fois envoyé (quels échecs le
// remplissent : INFERRED, docs/email.md "Errors"). Il restait "" quoi qu'il arrive. Les membres
// que le script n'a pas écrits sont nommés en français quand il en écrit en français.
SI EmailOuvreSessionSMTP("ann@example.org", "smtp.example.com") ALORS
	Email.Expéditeur = "ann@example.org"
	Email.Destinataire[1] = "sans arobase"
	Trace(EmailEnvoieMessage("ann@example.org"), Email.Erreur) // expect: 0, Email.Destinataire[1] 'sans arobase' is not an e-mail address (no '@').
	Trace(Position(ErreurInfo(errMessage), Email.Erreur) > 0) // expect: 1
	Email.Destinataire[1] = "bob@example.org"
	Trace(EmailEnvoieMessage("ann@example.org"), "[" + Email.Erreur + "]") // expect: 1, []
	m est un Email
	m.Expéditeur = "ann@example.org"
	Trace(EmailEnvoieMessage("ann@example.org", m), m..Erreur) // expect: 0, the Email variable has no recipient (Destinataire, Cc and Cci are all empty).
	EmailFermeSession("ann@example.org")
FIN
// expect mail count: 1
// expect mail: To: bob@example.org
