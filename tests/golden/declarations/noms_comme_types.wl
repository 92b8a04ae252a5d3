// Une variable peut porter le nom d'un type (`json est un JSON`, `date est une Date`) :
// dans une expression le nom est la variable ; là où un type est attendu (après EST,
// le type d'un paramètre) le mot est le type. Décidé ; docs/semantics.md.
json est un JSON
json.nom = "Ann"
copie est un JSON = json
Trace(copie.nom) // expect: Ann
date est une Date = "20231231"
Trace(date + 1) // expect: 20240101
chaîne est un entier = 2
s est une chaîne = "u"
Trace(s, chaîne + 1) // expect: u, 3
entier est une chaîne = "e"
n est un entier = 7
Trace(entier, n) // expect: e, 7
Client est une Structure
    nom est une chaîne
FIN
client est un Client
client.nom = "Léa"
Montre(client)

PROCÉDURE Montre(client est un Client)
Trace(client.nom) // expect: Léa
