// EmailEnvoie, EmailParamètre (le nom français d'EmailConfigure) et FermeSession
// (docs/builtins.md, "Email: EmailSend and the last names"), sans serveur : une session dont
// l'ouverture a échoué fait échouer EmailEnvoie et FermeSession sans erreur fatale
Trace(EmailParamètre(emailParamètreMode, 1)) // expect: 1
Trace(EmailParametre(emailParametreMode, 1)) // expect: 1
Trace(EmailOuvreSessionSMTP("ann@example.org", "127.0.0.1", 1), ErreurDétectée) // expect: 0, 1
Trace(EmailEnvoie("ann@example.org", "message.eml"), ErreurDétectée) // expect: 0, 1
Trace(Position(ErreurInfo(), "starting it failed") > 0) // expect: 1
Trace(FermeSession("ann@example.org"), ErreurDétectée) // expect: 0, 1
s est un emailSessionSMTP
s.AdresseServeur = "127.0.0.1"
s.Port = 1
s.Nom = "bob@example.org"
Trace(EmailOuvreSessionSMTP(s)) // expect: 0
Trace(s.FermeSession(), ErreurDétectée) // expect: 0, 1
EmailEnvoie("personne@example.org", "message.eml") // expect error: no e-mail session 'personne@example.org' is open
