// variables date et heure
d est une date = "20231231"
h est une heure = "08300000"
Trace(DateVersChaîne(d, "JJ/MM/AAAA")) // expect: 31/12/2023
Trace(HeureVersChaîne(h, "HH:MM")) // expect: 08:30
