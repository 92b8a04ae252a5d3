// Une valeur pour plusieurs noms, `(a, b) est un entier = 7` ou `(a, b) = n + 1` :
// l'exécution s'arrête sur l'instruction et la vérification ne disait rien ; WL110 là,
// dans les mots de l'exécution
n est un entier = 4
s est une chaîne = "x"
t est un tableau d'entiers = [1, 2]
(a, b) est un entier = 7 // error: WL110:1 Expected 2 values to assign, got a single value
(c, d) sont des chaînes = n + 1 // error: WL110:1 Expected 2 values to assign, got a single value
(a, b) = s // error: WL110:1 Expected 2 values to assign, got a single value
(a, , b) = Une() // error: WL110:1 Expected 3 values to assign, got a single value
SI n > 2 ALORS (a, b) = PAS (n = 1) // error: WL110:16 Expected 2 values to assign, got a single value
(a, b) = t
(a, b) = Deux()
(c, d) = ChaîneDécoupe("p;q", ";")
Trace(a, b, c, d)

PROCÉDURE Une() : entier
RENVOYER 1

PROCÉDURE Deux()
RENVOYER (1, 2)
