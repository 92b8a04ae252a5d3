// PartieDécimale, Racine, ChaîneVersNumérique
Trace(PartieDécimale(2.25)) // expect: 0.25
Trace(Racine(81)) // expect: 9
Trace(ChaîneVersNumérique("12 500,75")) // expect: 12500.75
Trace(NumériqueVersChaîne(1234567, "dS")) // expect: 1 234 567
Trace(Racine(27, 3), Racine(-8, 3), Racine(16)) // expect: 3, -2, 4
