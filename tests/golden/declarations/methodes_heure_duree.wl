// méthodes des valeurs Heure et Durée : h.VersChaîne() est HeureVersChaîne,
// du.VersChaîne(masque) DuréeVersChaîne ; du.EnSecondes = n fixe toute la durée
MonHeure est une Heure = "1525"
MonHeure.Heure = 12
MonHeure.Minute = 0
MonHeure.Seconde = 0
Trace(MonHeure.VersChaîne()) // expect: 12:00:00:00
Trace(MonHeure.VersChaîne("HH:MM")) // expect: 12:00
MaDurée est une Durée = 2 min 8 s
Trace(MaDurée.VersChaîne("MM:SS")) // expect: 02:08
MaDurée.EnSecondes = 128
Trace(MaDurée.VersChaîne("MM:SS")) // expect: 02:08
MaDurée..EnMinutes = 1
Trace(MaDurée.EnSecondes) // expect: 60
MaDate est une Date = "19851026"
Trace(MaDate.VersChaîne()) // expect: 26/10/1985
