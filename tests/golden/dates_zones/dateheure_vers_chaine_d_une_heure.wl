// DateHeureVersChaîne donnée une Heure (ses 8 chiffres "HHMMSSCC" ressemblent à une
// date) : l'erreur nomme DateHeureVersChaîne et la dateheure reçue ; elle nommait
// DateToString. Une Date est ce jour à minuit.
hDébut est une Heure = "1030"
QUAND EXCEPTION DANS
    Trace(DateHeureVersChaîne(hDébut))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: DateHeureVersChaîne: '10300000' is not a valid datetime (expected YYYYMMDDHHMMSS).
FIN
dJour est une Date = "20240105"
Trace(DateHeureVersChaine(dJour), dateheureverschaine("202401051030")) // expect: 05/01/2024 00:00:00:00, 05/01/2024 10:30:00:00
