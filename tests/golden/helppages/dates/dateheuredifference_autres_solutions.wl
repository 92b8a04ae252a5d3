// Page d'aide "DateHeureDifférence" (?3027020), ses autres exemples : la fin écrite
// `DateSys() + HeureSys()`, et l'"autre solution possible" : deux DateHeure dont la
// différence est une Durée, affichée par ses ..Jour, ..Heure... (la version anglaise
// écrit `SysDate() + SysTime()` : dates/datetimedifference_other_solutions.wl). Des
// dates fixes donnent des résultats à comparer.
Diff est une chaîne
Diff = DateHeureDifférence("199801011215", DateSys() + HeureSys())
Trace(Gauche(Diff, 1), Taille(Diff)) // expect: +, 16
Durée1 est une Durée = ChaîneVersDurée(Diff, duréeCentième)
Trace(Durée1..Jour > 9000) // expect: 1
DateHeure1 est une DateHeure = "199801011215"
DateHeure2 est une DateHeure = DateSys() + HeureSys()
Durée2 est une Durée = DateHeure2 - DateHeure1
Trace(Durée2..Jour > 9000, Durée2..Jour - Durée1..Jour <= 1) // expect: 1, 1
DateHeure2 = "199801031530"
Durée2 = DateHeure2 - DateHeure1
Trace("Temps écoulé : " + Durée2..Jour + " jours", Durée2..Heure + " heures", ...
      Durée2..Minute + " minutes", Durée2..Seconde + " secondes") // expect: Temps écoulé : 2 jours, 3 heures, 15 minutes, 0 secondes
