// Une variable Date à qui l'on donne le texte d'une date-heure dont l'heure n'existe pas
// (25:30, 10:60) garde ce texte, une Date invalide (DateValide Faux, ses parties s'arrêtent
// en la nommant), comme une variable DateHeure garde l'heure impossible (DateHeureValide
// Faux) et DateVersChaîne s'arrête sur le même texte
// (dates_zones/texte_date_heure_impossible_fr.wl). Elle prenait la date sans un mot,
// 20261206, l'heure perdue. Une heure possible est lue comme avant.
// (*décidé*, INFERRED d'après DateHeureValide ?1000020940 : "HH" 00-23, "mm" et "SS" 00-59)
dLivraison est une Date = "2026-12-06T25:30:00"
Trace(dLivraison, DateValide(dLivraison)) // expect: 2026-12-06T25:30:00, 0
dhLivraison est une DateHeure = "2026-12-06T25:30:00"
Trace(dhLivraison, DateHeureValide(dhLivraison)) // expect: 20261206253000000, 0
dLivraison = "2026-12-06T10:60"
Trace(DateValide(dLivraison)) // expect: 0
QUAND EXCEPTION DANS
    Trace(dLivraison..Jour)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2026-12-06T10:60" is not a valid date (DateValid gives False for it): it has no Jour.
FIN
// une heure qu'un jour a : la date, comme avant
dLivraison = "2026-12-06T23:59:59"
Trace(dLivraison, DateValide(dLivraison)) // expect: 20261206, 1
dhLivraison = "2026-12-06T23:59:59"
dLivraison = dhLivraison
Trace(dLivraison) // expect: 20261206
