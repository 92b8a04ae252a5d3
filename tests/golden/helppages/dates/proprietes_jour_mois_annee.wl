// Pages d'aide des propriétés Jour (doc.pcsoft.fr ?2512043), Mois (?2512052), Année
// (?2512095) et Seconde (?2512081) : leurs exemples sur une variable, tels qu'ils sont
// écrits, avec une Trace du résultat que leurs commentaires décrivent ("Ajouter 5 jours à
// la date"...). Les lignes sur une rubrique (Travail.DateDébut) demandent un fichier de
// données de l'analyse : omises.
// Exemple sur une variable
DateDébut est une Date = "20011225"
// Ajouter 5 jours à la date
DateDébut.Jour += 5
Trace(DateDébut) // expect: 20011230
// Modifier les jours
DateDébut.Jour = 10
Trace(DateDébut) // expect: 20011210
// Manipulations sur une variable de type Date
DateDébut2 est une Date = "20011212"
// Ajouter 1 mois à la date
DateDébut2.Mois++
Trace(DateDébut2) // expect: 20020112
// Modifier le mois
DateDébut2.Mois = 5
Trace(DateDébut2) // expect: 20020512
DateDébut3 est une Date = "20231212"
DateDébut3.Année++  // Ajoute 1 an
Trace(DateDébut3) // expect: 20241212
// Modifier les années
DateDébut3.Année = 2023
Trace(DateDébut3) // expect: 20231212
// Manipulations d'une variable de type DateHeure
HeureDébut est une DateHeure = "200112311230250"
// Ajouter 50 secondes
HeureDébut.Seconde += 50
Trace(HeureDébut) // expect: 20011231123115000
// Modifier les secondes
HeureDébut.Seconde = 50
Trace(HeureDébut) // expect: 20011231123150000
