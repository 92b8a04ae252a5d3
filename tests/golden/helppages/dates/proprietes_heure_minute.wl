// Pages d'aide des propriétés Heure (doc.pcsoft.fr ?2512038) et Minute (?2512050) : leurs
// exemples sur une variable, tels qu'ils sont écrits, avec une Trace de ce que leurs
// commentaires annoncent ("HeureDébut correspond à 22h30"...). Les lignes sur une
// rubrique (Journée.HeureDébut, Travail.HeureDébut) demandent une analyse : omises.
// Exemple sur une variable
HeureDébut est une Heure = "1230"
// Ajouter 10 heures
HeureDébut.Heure += 10   // HeureDébut correspond à 22h30
Trace(HeureVersChaîne(HeureDébut, "HH:MM")) // expect: 22:30
HeureDébut.Heure += 10   // HeureDébut correspond à 08h30
Trace(HeureVersChaîne(HeureDébut, "HH:MM")) // expect: 08:30
// Modifier les heures
HeureDébut.Heure = 10
Trace(HeureVersChaîne(HeureDébut, "HH:MM")) // expect: 10:30
HeureDébut2 est une Heure = "1230"
// Ajouter 50 minutes
HeureDébut2.Minute += 50
// HeureDébut correspond à 13h20
Trace(HeureVersChaîne(HeureDébut2, "HH:MM")) // expect: 13:20
// Modifier les minutes
HeureDébut2.Minute = 10
Trace(HeureVersChaîne(HeureDébut2, "HH:MM")) // expect: 13:10
