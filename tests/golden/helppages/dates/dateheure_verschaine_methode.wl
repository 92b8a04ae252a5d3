// Page d'aide "<Type DateHeure>.VersChaîne (Fonction)" (doc.pcsoft.fr ?1000025807) : son
// exemple tel qu'il est écrit, avec une Trace de chaque résultat annoncé (première forme
// quand la page en donne deux). Omis comme pour DateHeureVersChaîne : RéelVersDateHeure,
// maskDateSystème et maskDateEmail (dépend du fuseau horaire : "+0100 en France").
MaDateHeure est une DateHeure
MaDateHeure = "201912251715"
Res = MaDateHeure.VersChaîne() // Res = "25/12/2019 17:15:00:00"
Trace(Res) // expect: 25/12/2019 17:15:00:00
MaDateHeure = "201912251715"
Res = MaDateHeure.VersChaîne("MM-JJ-AAAA HH:mm") // Res = "12-25-2019 17:15"
Trace(Res) // expect: 12-25-2019 17:15
// La casse des jours et mois en lettres est dépendante des options linguistiques du projet
MaDateHeure = "202012021715"
Res = MaDateHeure.VersChaîne("JJJ JJ MMM AAAA HH:mm")
// Res = "mer. 02 déc. 2020 17:15" ou "Mer. 02 Déc. 2020 17:15"
Trace(Res) // expect: mer. 02 déc. 2020 17:15
MaDateHeure = "202012021715"
Res = MaDateHeure.VersChaîne("JJJJ JJ MMMM AAAA HH:mm")
// Res = "mercredi 02 décembre 2020 17:15" ou "Mercredi 02 Décembre 2020 17:15"
Trace(Res) // expect: mercredi 02 décembre 2020 17:15
// La casse des jours et des mois est forcée avec une majuscule
MaDateHeure = "202012021715"
Res = MaDateHeure.VersChaîne("Jjj JJ Mmm AAAA HH:mm") // Res = "Mer. 02 Déc. 2020 17:15"
Trace(Res) // expect: Mer. 02 Déc. 2020 17:15
