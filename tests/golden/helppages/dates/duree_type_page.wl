// Page d'aide "Durée (Type de variable)" (doc.pcsoft.fr ?1514069) et "Opérations
// disponibles sur les dates, heures, dateheures et durées" (?1514040) : leurs exemples
// tels qu'ils sont écrits, avec une Trace de la durée calculée.
HeureDébut est une Heure = "1330"
HeureFin est une Heure = "1730"
DuréeCongrès est une Durée = HeureFin - HeureDébut
DuréeTâche est une Durée = 3 min 30 s
Trace(DuréeCongrès.EnHeures, DuréeTâche.EnSecondes) // expect: 4, 210
// Addition d'une variable de type DateHeure et d'une variable de type Heure
DateHeureDébut est une DateHeure = "200112051530"
DateHeureFin est une DateHeure = "200112051730"
DuréeSéminaire est une Durée = DateHeureFin - DateHeureDébut
Trace(DuréeSéminaire.EnMinutes) // expect: 120
