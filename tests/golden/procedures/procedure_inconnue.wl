// appeler une procédure inconnue est une erreur
x est un entier = Calcule(3) // expect error: Calcule
