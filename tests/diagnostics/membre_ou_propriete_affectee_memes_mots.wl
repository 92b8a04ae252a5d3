// `x.Nom = v` est `x..Nom = v` sur une variable déclarée Date, Heure, DateHeure ou
// chaîne, comme la lecture `x.Nom` est `x..Nom` : une faute, un message, qui nomme le type
// de la variable, en vérification et à l'exécution. `d.Truc = 1` disait "A value of type
// string has no member 'Truc'" à l'exécution et rien en vérification.
d est une Date = "20240115"
h est une Heure = "1030"
s est une chaîne = "20240115"
d.Année = 2025
d.Truc = 1 // error: WL109:3 A Date has no property 'Truc'
d..Truc = 1 // error: WL109:4 A Date has no property 'Truc'
h.Couleur = 2 // error: WL109:3 A Time has no property 'Couleur'
s.Année = 2021
s..Mois = 3
s.Taille = 3 // error: WL109:3 The property 'Taille' of a string cannot be set
s..Taille = 3 // error: WL109:4 The property 'Taille' of a string cannot be set
s.Auteur = "x" // error: WL109:3 A string has no property 'Auteur'
s..Auteur = "x" // error: WL109:4 A string has no property 'Auteur'
Trace(d, h, s)
