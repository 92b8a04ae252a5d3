// RENVOYER donne le résultat, RETOUR sort sans valeur
Trace(Carré(9)) // expect: 81
Affiche(-1)
Affiche(2) // expect: valeur 2

PROCÉDURE Carré(n)
RENVOYER n * n

PROCÉDURE Affiche(n)
SI n < 0 ALORS RETOUR
Trace("valeur " + n)
