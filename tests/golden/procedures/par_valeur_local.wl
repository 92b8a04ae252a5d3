// un paramètre LOCAL est passé par valeur
nom est une chaîne = "Dupont"
Modifie(nom) // expect: DUPONT!
Trace(nom) // expect: Dupont

PROCÉDURE Modifie(LOCAL s est une chaîne)
s = Majuscule(s) + "!"
Trace(s)
