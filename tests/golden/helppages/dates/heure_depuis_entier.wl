// Un nombre donné à une Heure compte les centièmes de seconde depuis minuit, comme
// HeureVersEntier et la propriété Time (?2512069) ; `h = 0` valait "0".
h est une Heure = "1230"
h = 0
Trace(h, HeureVersChaîne(h)) // expect: 00000000, 00:00:00:00
h = 360000
Trace(HeureVersChaîne(h)) // expect: 01:00:00:00
h = HeureVersEntier("10300000") + 6000
Trace(h) // expect: 10310000
