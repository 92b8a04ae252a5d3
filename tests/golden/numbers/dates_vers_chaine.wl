// DateVersChaîne, HeureVersChaîne, DateHeureVersChaîne et DuréeVersChaîne avec masques
d est une Date = "20240305"
Trace(DateVersChaîne(d, "JJ/MM/AAAA"), DateVersChaine(d, "AAAA-MM-JJ")) // expect: 05/03/2024, 2024-03-05
h est une Heure = "0905"
Trace(HeureVersChaîne(h, "HH:MM"), HeureVersChaine(h, "HH h MM")) // expect: 09:05, 09 h 05
dh est une DateHeure = "20241231235900"
Trace(DateHeureVersChaîne(dh, "JJ/MM/AAAA HH:MM")) // expect: 31/12/2024 23:59
durée est une Durée = 90 min
Trace(DuréeVersChaîne(durée, "HH:MM")) // expect: 01:30
