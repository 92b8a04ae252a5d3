// Une fonction de date à qui l'on donne le texte qu'une variable Date prend ("2026-12-06",
// un texte date-heure "2026-12-06T10:30:00") le lit comme la variable : DateVersChaîne(
// "2026-12-06") vaut DateVersChaîne(d) pour d est une Date = "2026-12-06" (elle s'arrêtait :
// "not a valid date (expected YYYYMMDD)"). INFERRED : les pages prennent "une chaîne
// AAAAMMJJ, une Date ou une DateHeure" ; docs/semantics.md. DateValide compte toujours
// invalide un texte d'une autre taille que 8, comme sa page le dit ; une date ISO
// impossible arrête toujours, dans le texte écrit.
d est une Date = "2026-12-06"
Trace(DateVersChaîne(d), DateVersChaîne("2026-12-06")) // expect: 06/12/2026, 06/12/2026
Trace(DateVersChaîne("2026-12-06", "JJJJ J MMMM AAAA")) // expect: dimanche 6 décembre 2026
Trace(NuméroDeSemaine("2026-12-06") = NuméroDeSemaine(d)) // expect: 1
Trace(DateVersEntier("2026-12-06") - DateVersEntier("2026-12-01")) // expect: 5
Trace(Age("1980-07-14", "2026-07-13"), Age("1980-07-14T08:00:00", "2026-07-14")) // expect: 00451129, 00460000
Trace(DateVersJour("2026-12-06T10:30:00"), DernierJourDuMois("2024-02-10")) // expect: 7, 20240229
dh est une DateHeure = "2026-12-06T10:30:00"
Trace(DateHeureVersChaîne("2026-12-06T10:30:00") = DateHeureVersChaîne(dh)) // expect: 1
Trace(DateHeureDifférence("2026-12-06T10:30", "2026-12-07T12:00:00")) // expect: +000000101300000
Trace(DateValide("2026-12-06"), DateValide("20261206")) // expect: 0, 1
Trace(DateVersChaîne("2026-02-30")) // expect error: DateVersChaîne: '2026-02-30' is not a valid date (expected YYYYMMDD).
