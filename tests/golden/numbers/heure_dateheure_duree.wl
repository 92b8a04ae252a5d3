// parties d'une DateHeure, propriétés qui reportent, Durées
dh est une DateHeure = "20241231233000"
dh..Heure += 1
Trace(dh..Année, dh..Mois, dh..Jour, dh..Heure) // expect: 2025, 1, 1, 0
h1 est une Heure = "0900"
h2 est une Heure = "1715"
écart est une Durée = h2 - h1
Trace(écart..EnHeures, écart..EnMinutes) // expect: 8.25, 495
p est une Durée = 1 h 15 min
Trace(p..EnMinutes) // expect: 75
