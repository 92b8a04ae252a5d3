// un J, D ou M majuscule seul dans un masque de DateVersChaîne / ChaîneVersDate est le
// jour ou le mois sans zéro initial (INFERRED : docs/builtins.md) ; dans un mot il reste
// du texte ; DuréeVersChaîne lit J comme les jours
d est une Date = "20240305"
Trace(DateVersChaîne(d, "J/M/AAAA")) // expect: 5/3/2024
Trace(DateVersChaîne(d, "Le J du mois M")) // expect: Le 5 du mois 3
Trace(DateVersChaîne(d, "JJJJ J MMMM AAAA")) // expect: mardi 5 mars 2024
Trace(ChaîneVersDate("5/3/2024", "J/M/AAAA")) // expect: 20240305
Trace(ChaîneVersDate("05/03/2024", "JJ/MM/AAAA")) // expect: 20240305
du est une Durée = 2 j 3 h
Trace(DuréeVersChaîne(du, "J j HH:MM")) // expect: 2 j 03:00
Trace(DuréeVersChaîne(du, "JJ-HH")) // expect: 02-03
Trace(ChaîneVersDurée("2 j 03:00", "J j HH:MM") = du) // expect: 1
// ChaîneVersDate lit le nom d'un mois (MMMM, MMM) et vérifie celui d'un jour (JJJJ, JJJ)
Trace(ChaîneVersDate("mardi 5 mars 2024", "JJJJ J MMMM AAAA")) // expect: 20240305
Trace(ChaîneVersDate("02 déc. 2003", "JJ MMM AAAA")) // expect: 20031202
Trace(ChaîneVersDate("02 DECEMBRE 2003", "JJ MMMM AAAA")) // expect: 20031202
