// Page d'aide "DateHeureVersChaîne (Fonction)" (doc.pcsoft.fr ?1000025516) : son exemple
// tel qu'il est écrit, avec une Trace de chaque résultat annoncé (première forme quand la
// page en donne deux). Omis : RéelVersDateHeure(73773,5) (la page annonce le 25/12/2001,
// date d'EntierVersDate(73773), incohérente avec le calcul en jours depuis 1900 de
// RéelVersDateHeure) et maskDateSystème (format du projet).
Res = DateHeureVersChaîne("201912251715") // Res = "25/12/2019 17:15:00:00"
Trace(Res) // expect: 25/12/2019 17:15:00:00
Trace("[" + DateHeureVersChaîne("") + "]") // Retourne ""
// expect: []
Res = DateHeureVersChaîne("201912251715", "MM-JJ-AAAA HH:mm") // Res = "12-25-2019 17:15"
Trace(Res) // expect: 12-25-2019 17:15
// La casse des jours et mois en lettres est dépendante des options linguistiques du projet
Res = DateHeureVersChaîne("202012021715", "JJJ JJ MMM AAAA HH:mm")
// Res = "mer. 02 déc. 2020 17:15" ou "Mer. 02 Déc. 2020 17:15"
Trace(Res) // expect: mer. 02 déc. 2020 17:15
Res = DateHeureVersChaîne("202012021715", "JJJJ JJ MMMM AAAA HH:mm")
// Res = "mercredi 02 décembre 2020 17:15" ou "Mercredi 02 Décembre 2020 17:15"
Trace(Res) // expect: mercredi 02 décembre 2020 17:15
// La casse des jours et des mois est forcée avec une majuscule
Res = DateHeureVersChaîne("202012021715", "Jjj JJ Mmm AAAA HH:mm")
// Res = "Mer. 02 Déc. 2020 17:15"
Trace(Res) // expect: Mer. 02 Déc. 2020 17:15
