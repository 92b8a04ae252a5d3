// Une propriété ou un membre affecté à une variable déclarée chaîne, nombre ou booléen
// arrête l'exécution là ; la vérification ne disait rien. WL109 au nom, dans les mots de
// l'exécution. Une partie de date affectée à une chaîne qui tient une date s'exécute.
s est une chaîne = "20240115"
n est un entier = 3
r est un réel
s..Année = 2020
s..Longeur = 2 // error: WL109:4 A string has no property 'Longeur'
s.Auteur = "x" // error: WL109:3 A string has no property 'Auteur'
n..Valeur = 4 // error: WL109:4 A value of type integer has no member 'Valeur'
r..Arrondi = 2 // error: WL109:4 A value of type real has no property 'Arrondi'
Trace(s, n, r)
