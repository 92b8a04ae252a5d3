// Email.Confidentialité (emailConfidentielEntreprise, ?3032138 ; le nom du membre et les
// valeurs 1 et 2 sont INFERRED, docs/email.md) : l'en-tête Sensitivity que lit Outlook, relu
// par EmailImporteSource ; Sensibilité est le même membre.
m est un Email
m.Expéditeur = "Société Dupont & Fils <compta@dupont.example>"
Ajoute(m.Destinataire, "bob@example.org")
m.Sujet = "Bilan"
Trace(m.Confidentialite, Position(m..Source, "Sensitivity") = 0) // expect: 0, 1
m.Confidentialité = emailConfidentielEntreprise
EmailConstruitSource(m)
Trace(Position(m.Source, "Sensitivity: Company-Confidential") > 0) // expect: 1
r est un Email
r.Source = m.Source
EmailImporteSource(r)
Trace(r.CONFIDENTIALITÉ = emailConfidentielEntreprise, r.Sensibilité) // expect: 1, 3
m.Sensibilite = 2
EmailConstruitSource(m)
Trace(Position(m.Source, "Sensitivity: Private") > 0) // expect: 1
m.confidentialité = 0
EmailConstruitSource(m)
Trace(Position(m.Source, "Sensitivity") = 0) // expect: 1
QUAND EXCEPTION DANS
	m.Confidentialité = 7
FAIRE
	Trace(Position(ExceptionInfo(), "7 is no confidentiality") > 0, m.Confidentialité) // expect: 1, 0
FIN
Email.Confidentialité = emailConfidentielEntreprise
EmailRAZ()
Trace(Email.Confidentialité) // expect: 0
