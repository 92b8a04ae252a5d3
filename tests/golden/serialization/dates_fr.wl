// Membres Date, Heure et DateHeure dans Sérialise (JSON et XML), VariantVersJSON et une
// variable JSON : texte RFC 3339 (page du type JSON ?1000023611 : une date affectée à
// une variable JSON devient « une chaîne au format RFC ») ; relus par Désérialise et par
// une structure affectée depuis un JSON (décision : docs/builtins.md "Serialization").
STRUCTURE Visite
    Qui est une chaîne
    Jour est une Date
    Heure_ est une Heure
    Arrivée est une DateHeure
    Jours est un tableau de Dates
FIN
v est une Visite
v.Qui = "Anne"
v.Jour = "20240115"
v.Heure_ = "1030"
v.Arrivée = "20240115103000250"
Ajoute(v.Jours, "20240201")
s est une chaîne
Sérialise(v, s, psdJSON)
Trace(s)    // expect: {"Qui":"Anne","Jour":"2024-01-15","Heure_":"10:30:00","Arriv\u00E9e":"2024-01-15T10:30:00.250","Jours":["2024-02-01"]}
Trace(VariantVersJSON(v) = s)    // expect: 1
retour est une Visite
Désérialise(retour, s, psdJSON)
Trace(retour.Jour, retour.Jour..Mois, retour.Heure_..Minute, retour.Arrivée..Milliseconde, retour.Jours[1].Jour)    // expect: 20240115, 1, 30, 250, 1
Trace(retour.Jour + 1, retour.Jours[1] - 1)    // expect: 20240116, 20240131
x est une chaîne
Sérialise(v, x, psdXML)
depuisXML est une Visite
Désérialise(depuisXML, x, psdXML)
Trace(depuisXML.Arrivée..Heure, depuisXML.Jours[1]..Mois)    // expect: 10, 2
j est un JSON = v
Trace(j.Jour, j.Heure_)    // expect: 2024-01-15, 10:30:00
autre est une Visite = j
Trace(autre.Jour..Année, autre.Arrivée)    // expect: 2024, 20240115103000250
// DateDuJour() donne un texte ("AAAAMMJJ"), pas une Date : stocké tel quel
j.Vu = DateDuJour()
Trace(Taille(j.Vu), Position(j.Vu, "-"))    // expect: 8, 0
