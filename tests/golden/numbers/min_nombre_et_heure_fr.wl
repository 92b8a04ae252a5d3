// Max et Min d'un nombre et d'une Heure s'arrêtent : ils ne se mesurent sur aucune échelle
// commune (Min(7, hDébut) donnait l'Heure 00:00:00.07).
hDébut est une Heure = "1030"
Trace(Min(hDébut, "09:00")) // expect: 09000000
Trace(Min(7, hDébut)) // expect error: Min cannot compare a Time with a number: they are not measured on one scale.
