// Une fonction d'heure à qui l'on donne le texte qu'une variable Heure prend ("09:30",
// "17:45:30") le lit comme la variable, comme une fonction de date lit "2026-12-06" (elle
// s'arrêtait : "not a valid time (expected HHMMSSCC)"). INFERRED : les pages prennent
// "une chaîne HHMMSSCC ou une Heure" ; docs/semantics.md. "9h30" et une heure au-delà de
// 23 arrêtent toujours, dans le texte écrit.
hDébut est une Heure = "09:30"
Trace(HeureVersChaîne(hDébut), HeureVersChaîne("09:30")) // expect: 09:30:00:00, 09:30:00:00
Trace(HeureVersChaîne("17:45:30", "HH:MM")) // expect: 17:45
Trace(HeureVersEntier("00:01") = HeureVersEntier("0001")) // expect: 1
Trace(HeureDifférence("08:00", "17:30")) // expect: 3420000
Trace(HeureValide("09:30"), HeureValide("0930")) // expect: 0, 1
Trace(HeureVersChaîne("25:00")) // expect error: HeureVersChaîne: '25:00' is not a valid time (expected HHMMSSCC).
