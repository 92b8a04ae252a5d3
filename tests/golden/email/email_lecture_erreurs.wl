// Lecture des emails : les échecs qu'un script voit sans serveur (docs/builtins.md "Email:
// sources and reading") ; lire une session jamais ouverte est une erreur fatale
Trace(EmailOuvreSessionPOP3("anne@example.org", "mdp", "127.0.0.1", 1), ErreurDétectée) // expect: 0, 1
Trace(Gauche(ErreurInfo(errMessage), 35)) // expect: POP3 server 127.0.0.1:1, connection
// dit comme pour SMTP (c'était le "Connection refused" du système)
Trace(ErreurInfo(errMessage)) // expect: POP3 server 127.0.0.1:1, connection: connection refused (no server listening on that port).
Trace(EmailLitPremier("anne@example.org"), Position(ErreurInfo(errMessage), "starting it failed") > 0) // expect: 0, 1
Trace(Email.EnDehors) // expect: 1
// Email.Erreur dit pourquoi, sans le nom de la fonction (?3032029 ; il restait "")
Trace(Gauche(Email.Erreur, 59)) // expect: the e-mail session 'anne@example.org' is not open: starting
Trace(EmailOuvreSessionIMAP("bob@example.org", "mdp", "127.0.0.1", 1), Gauche(ErreurInfo(), 23)) // expect: 0, IMAP server 127.0.0.1:1
Trace(ErreurInfo()) // expect: IMAP server 127.0.0.1:1, connection: connection refused (no server listening on that port).
s est un emailSessionPOP3
s.AdresseServeur = "127.0.0.1"
s.Port = 1
s.Nom = "carole@example.org"
Trace(EmailOuvreSession(s), ErreurDétectée) // expect: 0, 1
TableauDossiers est un tableau de chaînes = EmailListeDossier("personne@example.org") // expect error: no e-mail session 'personne@example.org' is open for reading
