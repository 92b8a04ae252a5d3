// Calendrier d'un planning : une date écrite en toutes lettres relue par ChaîneVersDate,
// les noms de mois et de jours, les bornes du mois et de la semaine (lundi-dimanche), le
// numéro de semaine, les années bissextiles, l'âge exact d'un salarié né un 29 février,
// le dimanche de Pâques.
Trace(ChaîneVersDate("15 mars 2025", "JJ MMMM AAAA"), ChaîneVersDate("15/03/2025")) // expect: 20250315, 20250315
d est une Date = "20250315"
Trace(DateVersChaîne(d, "JJ MMM AAAA"), DateVersChaîne(d, "MMMM AAAA"), DateVersChaîne(d, "JJ/MM")) // expect: 15 mars 2025, mars 2025, 15/03
Trace(EntierVersMoisEnLettre(DateVersEntier(d)), NuméroDeMoisVersLettre(12), NuméroDeJourVersLettre(1)) // expect: mars, décembre, lundi
Trace(PremierJourDuMois(d), DernierJourDuMois(d), PremierJourDeLaSemaine(d), DernierJourDeLaSemaine(d)) // expect: 20250301, 20250331, 20250310, 20250316
Trace(NuméroDeSemaine(d), AnnéeBissextile(2024), AnnéeBissextile(2100)) // expect: 11, 1, 0
// né un 29 février : 44 ans 11 mois 30 jours la veille du 1er mars, 45 ans le 1er mars
Trace(Age("19800229", "20250228"), Age("19800229", "20250301")) // expect: 00441130, 00450000
Trace(DateVersChaîne(Pâques(2025))) // expect: 20/04/2025
