// mots-clés, types et fonctions avec accents
durée est un entier = 90
libellé est une chaîne = "Réunion"
Trace(Majuscule(libellé)) // expect: RÉUNION
Trace(Minutes(durée)) // expect: 1 h 30

PROCÉDURE Minutes(n est un entier)
RÉSULTAT PartieEntière(n / 60) + " h " + (n % 60)
