// Arithmétique des Date, Heure, DateHeure et Durée (noms français des propriétés)
d est une Date = "20241215"
d..Jour += 40
Trace(d) // expect: 20250124
d..Mois += 1
Trace(d) // expect: 20250224
d1 est une Date = "20240101"
d2 est une Date = "20240111"
écart est une Durée = d2 - d1
Trace(écart..EnJours, écart..EnHeures, écart..EnMinutes) // expect: 10, 240, 14400
Trace(d2 - d1) // expect: 10
h est une Heure = "0845"
h..Minute += 50
Trace(h..Heure, h..Minute) // expect: 9, 35
h += 2 h
Trace(h) // expect: 11350000
dh est une DateHeure = "20241231230000"
dh += 90 min
Trace(dh..Année, dh..Mois, dh..Jour, dh..Heure, dh..Minute) // expect: 2025, 1, 1, 0, 30
dhFin est une DateHeure = dh + 2 j
durée est une Durée = dhFin - dh
Trace(durée..EnJours, durée..EnSecondes, durée..EnMillisecondes) // expect: 2, 172800, 172800000
pause est une Durée = 1 h 15 min
Trace(pause..EnMinutes, pause..Heure, pause..Minute) // expect: 75, 1, 15
somme est une Durée = pause + 45 min
Trace(somme..EnHeures, somme > pause) // expect: 2, 1
Trace(d1 + somme) // expect: 20240101
Trace(d1 + 2 j) // expect: 20240103
