// Un paramètre Date qu'un appel du programme reçoit "" rangé dans un petit entier : pas
// de WL110, l'exécution prend la Date vide et range 0 ; un que chaque appel donne une
// date garde WL110.
Garde("")
GardeÉchéance("20251207")

PROCÉDURE Garde(dDonnée est une Date)
nCourt est un entier sur 2 octets = dDonnée
Trace(nCourt)

PROCÉDURE GardeÉchéance(dÉchéance est une Date)
nCourt est un entier sur 2 octets = dÉchéance // error: WL110:1 'nCourt' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nCourt)
