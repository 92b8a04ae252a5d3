// Email.Catégorie : la structure Email n'a pas de membre de ce nom (docs/email.md "Decisions on
// unverified points", Email.Category) : la table des membres de ?3032029 passe de Email.Cci à
// Email.Certificat. L'écrire est une erreur qu'on peut intercepter, qui nomme le membre ; de même
// sur une variable de type Email.
QUAND EXCEPTION DANS
	Email.Catégorie = "Factures"
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: 'Catégorie' is not a member of Email.
FIN
m est un Email
m.Sujet = "Facture 42"
Trace(m.Sujet) // expect: Facture 42
Trace(m.Catégorie) // expect error: 'Catégorie' is not a member of the Email variable.
