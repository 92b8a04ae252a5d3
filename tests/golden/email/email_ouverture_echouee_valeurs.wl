// Une session dont l'ouverture a échoué : chaque fonction de lecture échoue sans erreur
// fatale en rendant la valeur de son type : un tableau vide, "", 0
Trace(EmailOuvreSessionIMAP("ann@example.org", "pw", "127.0.0.1", 1)) // expect: 0
Trace("[" + EmailDossierCourant("ann@example.org") + "]", ErreurDétectée) // expect: [], 1
Trace(TableauOccurrence(EmailListeDossier("ann@example.org")), ErreurDétectée) // expect: 0, 1
Trace(TableauOccurrence(EmailRécupèreTout("ann@example.org")), ErreurDétectée) // expect: 0, 1
Trace(EmailNbMessage("ann@example.org"), EmailTailleMessage("ann@example.org", 1)) // expect: 0, 0
