// les paramètres sont passés par référence : la variable de l'appelant change
compteur est un entier = 5
Incrémente(compteur)
Incrémente(compteur)
Trace(compteur) // expect: 7

PROCÉDURE Incrémente(n)
n++
