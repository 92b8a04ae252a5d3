// Plusieurs adresses dans un élément de Destinataire, Cc ou Cci (« a@x; b@x », comme les
// champs d'Outlook les prennent) : refusé en clair, le message n'est envoyé à personne
// (INFERRED d'après ?3032029, « tableau de chaînes » : une adresse par élément, comptées
// par NbCc ; docs/email.md "Decisions"). Une adresse par élément part aux deux.
SI EmailOuvreSessionSMTP("ann@example.org", "smtp.example.com") ALORS
	Email.Expéditeur = "ann@example.org"
	Email.Destinataire[1] = "bob@example.org"
	Email.Cc[1] = "carl@example.org; dora@example.org"
	Email.Sujet = "Compte rendu"
	Email.Message = "Ci-joint"
	Trace(EmailEnvoieMessage("ann@example.org"), ErreurDétectée) // expect: 0, 1
	Trace(ErreurInfo(errMessage)) // expect: EmailEnvoieMessage: Email.Cc[1] 'carl@example.org; dora@example.org' holds 2 addresses separated by ';': an element takes one address; give each address an element of its own ([1], [2]...).
	Email.Destinataire[1] = "bob@example.org;"
	Email.Cc[1] = "carl@example.org"
	Trace(EmailEnvoieMessage("ann@example.org"), Email.Erreur) // expect: 0, Email.Destinataire[1] 'bob@example.org;' ends with ';': an element takes one address, without a separator.
	Email.Destinataire[1] = "bob@example.org"
	Email.Cci[1] = "eve@example.org , fred@example.org"
	Trace(EmailEnvoieMessage("ann@example.org"), Email.Erreur) // expect: 0, Email.Cci[1] 'eve@example.org , fred@example.org' holds 2 addresses separated by ',': an element takes one address; give each address an element of its own ([1], [2]...).
	// une virgule dans un nom entre guillemets : une seule adresse
	Email.Cci[1] = """Dupont, Ève"" <eve@example.org>"
	Email.Cc[2] = "dora@example.org"
	Trace(EmailEnvoieMessage("ann@example.org"), Email.NbCc) // expect: 1, 2
	EmailFermeSession("ann@example.org")
FIN
// expect mail count: 1
// expect mail: Cc: carl@example.org, dora@example.org
