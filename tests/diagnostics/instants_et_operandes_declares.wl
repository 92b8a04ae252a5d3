// Les arrêts de l'exécution que les types déclarés disent avant elle (WL110, WL113 avec
// ses mots) : l'écart de deux instants, l'un une DateHeure, rangé dans une Date ou une
// DateHeure (par = ou -=) ; un booléen à côté d'une DateHeure est le nombre 1 ou 0 ; une
// chaîne multipliée par une Durée.
dÉchéance est une Date = "20250301"
dhEnvoi est une DateHeure = "20250101103000"
dhVu est une DateHeure = "20241231103000"
duAttente est une Durée = 90 min
bRetard est un booléen = Vrai
sQté est une chaîne = "12"
dhVu -= dhEnvoi // error: WL110:1 A Duration (dhVu - dhEnvoi) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
dÉchéance -= dhEnvoi // error: WL110:1 A Duration (dÉchéance - dhEnvoi) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du)
Trace(bRetard - dhEnvoi) // error: WL113:17 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
Trace(sQté * duAttente) // error: WL113:14 A text cannot be multiplied by a Duration (a Duration is multiplied or divided by a number: Val gives the number a text writes)
Trace(dÉchéance - sQté, dhEnvoi - bRetard)
