// `PROCÉDURE P() : (entier, chaîne)` : plusieurs types de résultat dans l'en-tête
n est un entier
s est une chaîne
(n, s) = Couple(5)
Trace(n, s) // expect: 10, cinq

PROCÉDURE Couple(x est un entier) : (entier, chaîne)
RENVOYER (x * 2, "cinq")
