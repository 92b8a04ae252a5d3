// Page d'aide "DateHeureDifférence" : le résultat se découpe avec Gauche(Diff, 8) (signe
// et jours) puis Milieu(Diff, 9, 2) (heures)... et remplit une Durée par
// ChaîneVersDurée(Diff, duréeCentième). Dates fixes pour comparer.
Diff est une chaîne = DateHeureDifférence("200112251000", "200112281130")
Trace(Gauche(Diff, 8) + "jours", Milieu(Diff, 9, 2) + "heures", Milieu(Diff, 11, 2) + "minutes") // expect: +0000003jours, 01heures, 30minutes
Durée1 est une Durée = ChaîneVersDurée(Diff, duréeCentième)
Trace(Durée1.Jour, Durée1.Heure, Durée1.Minute) // expect: 3, 1, 30
Diff = DateHeureDifférence("200112281130", "200112251000")
Trace(Diff) // expect: -000000301300000
Durée4 est une Durée = ChaîneVersDurée(Diff, duréeCentième)
Trace(Durée4.EnMinutes) // expect: -4410
Diff = DateHeureDifférence("199801011215", DateHeureSys())
Durée2 est une Durée = ChaîneVersDurée(Diff, duréeCentième)
Trace(Durée2.Jour > 9000) // expect: 1
DateHeure1 est une DateHeure = "199801011215"
DateHeure2 est une DateHeure = DateHeureSys()
Durée3 est une durée = DateHeure2 - DateHeure1
Trace(Durée3.Jour > 9000) // expect: 1
