// la valeur initiale d'un membre peut être calculée : elle est donnée à chaque objet créé
Compteur est une Classe
    début est une DateHeure = DateHeureSys()
    nom est une chaîne = Majuscule("compteur") + " " + NumériqueVersChaîne(2, "02d")
    parts est un tableau de chaînes = ["a", "b", "c"]
FIN
c est un Compteur
Trace(c.nom) // expect: COMPTEUR 02
Trace(TableauOccurrence(c.parts)) // expect: 3
Trace(c.début..Année >= 2024) // expect: 1
