// un appel avec trop peu d'arguments est une erreur
Somme(1) // expect error: Somme

PROCÉDURE Somme(a, b)
RENVOYER a + b
