// une propriété qu'une variable d'un type de la bibliothèque n'a pas, affectée, arrête
// l'exécution là où `wl check` met WL109 (avec « did you mean Sujet? ») ; les écritures
// n'étaient pas vérifiées, les lectures l'étaient
m est un Email
m.Sujet = "Bonjour"
Trace(m.Sujet) // expect: Bonjour
QUAND EXCEPTION DANS
    m.Sujet2 = "Au revoir" // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: 'Sujet2' is not a member of the Email variable.
FIN
s est un emailSessionSMTP
QUAND EXCEPTION DANS
    s.AdresseServeurr = "smtp.example.org" // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: 'AdresseServeurr' is not a property of emailSMTPSession.
FIN
Trace(m.Sujet) // expect: Bonjour
