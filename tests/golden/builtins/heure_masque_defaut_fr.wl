// HeureVersChaîne sans masque écrit les centièmes, "HH:MM:SS:CC", comme le runtime de
// PC SOFT (c'était "HH:MM:SS" ; docs/builtins.md "TimeToString's default mask"), et
// ChaîneVersHeure sans masque relit cette forme, ou "HH:MM:SS" et "HH:MM"
MonHeure est une Heure = "1525"
MonHeure.Heure = 12
MonHeure.Minute = 0
MonHeure.Seconde = 0
Trace(MonHeure.VersChaîne()) // expect: 12:00:00:00
Trace(MonHeure.VersChaîne("HH:mm:SS")) // expect: 12:00:00
Trace(HeureVersChaîne("0905")) // expect: 09:05:00:00
Trace(ChaîneVersHeure(HeureVersChaîne("09053007"))) // expect: 09053007
Trace(ChaîneVersHeure("09:05")) // expect: 09050000
