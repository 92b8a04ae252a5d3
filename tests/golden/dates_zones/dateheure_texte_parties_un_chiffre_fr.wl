// Un texte dont la première partie est l'année, ses autres parties écrites d'un seul
// chiffre quand elles n'en ont qu'un (comme NumériqueVersChaîne écrit un mois ou une
// heure) : chaque partie est complétée à deux chiffres. "2025/1/5 9:3" mettait ses
// chiffres bout à bout, "20251593000000000", un mois 15 (décidé : docs/semantics.md
// "A text into a DateTime or a Time").
nAnnée est un entier = 2025
nMois est un entier = 1
nJour est un entier = 5
dhConstruite est une DateHeure = NumériqueVersChaîne(nAnnée) + "/" + NumériqueVersChaîne(nMois) + "/" + NumériqueVersChaîne(nJour) + " 9:3"
Trace(dhConstruite) // expect: 20250105090300000
Trace(dhConstruite..Mois, dhConstruite..Jour, dhConstruite..Heure, dhConstruite..Minute, DateHeureValide(dhConstruite)) // expect: 1, 5, 9, 3, 1
dhTiret est une DateHeure = "2025-1-5 14:7:9"
Trace(dhTiret..Mois, dhTiret..Jour, dhTiret..Heure, dhTiret..Minute, dhTiret..Seconde) // expect: 1, 5, 14, 7, 9
dhDate est une dateheure = "2025/12/3"
Trace(dhDate) // expect: 20251203000000000
dhDeux est une DateHeure = "2025/01/05 10:30"
SI dhDeux = "2025/1/5 10:30" ALORS Trace("égales") // expect: égales
