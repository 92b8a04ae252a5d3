// type de retour déclaré
Trace(Moyenne(3, 4)) // expect: 3.5

PROCÉDURE Moyenne(a est un entier, b est un entier) : réel
RENVOYER (a + b) / 2
