// Une adresse de réponse invalide : l'erreur nomme le membre écrit par le script
// (AdresseExpéditeur, écrit ici sans accent et en minuscules), pas « SenderAddress ».
Email.Expéditeur = "ann@example.org"
Email.Destinataire[1] = "bob@example.org"
Email.adresseexpediteur = "pas une adresse"
Trace(EmailConstruitSource()) // expect: 0
Trace(Position(ErreurInfo(), "Email.AdresseExpéditeur 'pas une adresse'") > 0) // expect: 1
