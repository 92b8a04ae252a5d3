// Une procédure dont l'en-tête liste les types de ses résultats en donne autant : un
// RENVOYER d'un autre nombre de valeurs est WL110, que l'exécution refuse aussi
n est un entier
s est une chaîne
(n, s) = Paire(1)
Trace(n, s)

PROCÉDURE Paire(x est un entier) : (entier, chaîne)
SI x = 1 ALORS RENVOYER (1, "a", 3) // error: WL110:25 RESULT gives 3 value(s) where the header of Paire lists 2 result types: (entier, chaîne)
SI x = 2 ALORS RENVOYER "cinq" // error: WL110:25 RESULT gives 1 value(s) where the header of Paire lists 2 result types: (entier, chaîne)
RENVOYER (x, "b")
