// Page d'aide "Durée (Type de variable)" (?1514069) : ses remarques sur les valeurs d'une
// Durée, en français : une chaîne au format "+JHHMMSSCCC" (jours, heures, minutes,
// secondes, millièmes), un entier en millisecondes, 0 pour la remettre à zéro.
Délai est une Durée = "+0013000000"
Trace(Délai..EnMinutes)
// expect: 90
Délai = "+2013000500"
Trace(Délai..Jour, Délai..Heure, Délai..Minute, Délai..Milliseconde)
// expect: 2, 1, 30, 500
Délai = "-0000100000"
Trace(Délai..EnSecondes)
// expect: -60
Délai = 5000
Trace(Délai..EnSecondes)
// expect: 5
Délai = 0
Trace(Délai..EnMillisecondes)
// expect: 0
