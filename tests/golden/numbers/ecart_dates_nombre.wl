// L'écart entre deux dates compte pour son nombre de jours partout où un nombre est
// attendu, fonctions numériques comprises (Max(0, d2 - d1) était refusé).
dÉchéance est une Date = "20240126"
dRetour est une Date = "20240215"
Trace(dRetour - dÉchéance) // expect: 20
Trace(Max(0, dRetour - dÉchéance), Max(0, dÉchéance - dRetour)) // expect: 20, 0
Trace(Min(30, dRetour - dÉchéance)) // expect: 20
Trace(Abs(dÉchéance - dRetour)) // expect: 20
Trace(Modulo(dRetour - dÉchéance, 7)) // expect: 6
Trace(NumériqueVersChaîne(dRetour - dÉchéance, "03d")) // expect: 020
Trace(Arrondi((dRetour - dÉchéance) / 7, 1)) // expect: 2.9
nRetard est un entier = Max(0, dRetour - dÉchéance)
Trace(nRetard * 0.25) // expect: 5
