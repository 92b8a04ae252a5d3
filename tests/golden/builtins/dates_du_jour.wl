// DateDuJour et Maintenant
d est une chaîne = DateDuJour()
Trace(Taille(d), DateValide(d)) // expect: 8, 1
Trace(Taille(Maintenant())) // expect: 8
Trace(DateValide("20230230")) // expect: 0
