// l'arithmétique sur les propriétés reporte sur le jour, le mois et l'année ; l'écart de
// deux heures ou dateheures est une Durée, négative quand on retranche la plus tardive
h est une Heure = "2350"
h..Minute += 50
Trace(h) // expect: 00400000
h..Seconde -= 1
Trace(h..Heure, h..Minute, h..Seconde) // expect: 0, 39, 59
dh est une DATEHEURE = "20241231235959"
dh..Seconde += 1
Trace(dh) // expect: 20250101000000000
dh..Heure -= 1
Trace(dh..Année, dh..Mois, dh..Jour, dh..Heure) // expect: 2024, 12, 31, 23
dateSeule est une dateheure = "20240229"
Trace(dateSeule..Jour, dateSeule..Heure, dateSeule..Minute) // expect: 29, 0, 0
tot est une Heure = "0800"
tard est une Heure = "1730"
écart est une Durée = tot - tard
Trace(écart..EnHeures, écart..EnMinutes) // expect: -9.5, -570
a est une DateHeure = "20240101080000"
b est une DateHeure = "20240102093000"
Trace((b - a)..EnHeures, (b - a)..EnJours, TypeVar(b - a) = wlDurée) // expect: 25.5, 1.0625, 1
pause est une duree = 3 min 30 s
Trace(pause..EnSecondes, pause) // expect: 210, 3 min 30 s
