// Une Date rangée dans une Heure est minuit, comme une Date rangée dans une DateHeure est
// ce jour à minuit (INFERRED) : ses chiffres étaient lus comme une heure ("20:24:01:15").
dÉchéance est une Date = "20240115"
hÀ est une Heure = dÉchéance
Trace(HeureVersChaîne(hÀ), hA..Heure) // expect: 00:00:00:00, 0
vJour est un Variant = dEcheance
hDuVariant est une HEURE = vJour
Trace(hDuVariant) // expect: 00000000
AfficheHeure(dÉchéance) // expect: 00000000
PROCÉDURE AfficheHeure(hDonnée est une Heure)
Trace(hDonnée)
