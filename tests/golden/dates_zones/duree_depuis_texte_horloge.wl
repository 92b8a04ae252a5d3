// Une Durée donnée par un texte d'horloge : heures, minutes, secondes (décidé)
dDélai est une Durée = "01:30:00"
Trace(dDélai..EnMinutes) // expect: 90
dDélai = "0:00:01,5"
Trace(dDélai..EnMillisecondes) // expect: 1500
