// Un texte date-heure dont l'heure est impossible (25:30) donné à DateHeureVersChaîne :
// l'erreur nomme DateHeureVersChaîne, la fonction que la ligne appelle, et le texte reçu
// (elle nommait TimeToString, à qui la partie heure était passée). DateVersChaîne s'arrête
// aussi : elle affichait le jour, l'heure impossible perdue sans rien dire (INFERRED,
// docs/builtins.md "A date function given an impossible time"). Une heure possible est
// lue comme avant.
sImpossible est une chaîne = "2026-12-06T25:30:00"
sChiffres est une chaîne = "20261206253000"
sCourt est une chaîne = "202612061075"
QUAND EXCEPTION DANS
    Trace(DateHeureVersChaîne(sImpossible))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: DateHeureVersChaîne: '2026-12-06T25:30:00' is not a valid datetime (expected YYYYMMDDHHMMSS).
FIN
QUAND EXCEPTION DANS
    Trace(DateHeureVersChaîne(sCourt))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: DateHeureVersChaîne: '202612061075' is not a valid datetime (expected YYYYMMDDHHMMSS).
FIN
QUAND EXCEPTION DANS
    Trace(DateVersChaîne(sImpossible))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: DateVersChaîne: '2026-12-06T25:30:00' is not a valid date (expected YYYYMMDD).
FIN
QUAND EXCEPTION DANS
    Trace(DateVersChaîne(sChiffres))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: DateVersChaîne: '20261206253000' is not a valid date (expected YYYYMMDD).
FIN
Trace(DateVersChaîne("2026-12-06T23:30:00"), DateHeureVersChaîne("2026-12-06T23:30:00")) // expect: 06/12/2026, 06/12/2026 23:30:00:00
