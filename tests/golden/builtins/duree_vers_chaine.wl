// DuréeVersChaîne / ChaîneVersDurée (noms français)
hDébut est une Heure = "080000"
hFin est une Heure = "093045"
duTravail est une Durée = hFin - hDébut
Trace(DuréeVersChaîne(duTravail, duréeCentième)) // expect: 001304500
Trace(DureeVersChaine(duTravail, "HH h MM")) // expect: 01 h 30
Trace(DuréeVersChaîne(duTravail, duréeMilli)) // expect: 0013045000
duRetour est une Durée = ChaîneVersDurée("0-02:15", "D-HH:MM")
Trace(duRetour..EnMinutes) // expect: 135
// Une durée négative garde son signe, avec ou sans « + » dans le masque
duAvance est une Durée = hDébut - hFin
Trace(DuréeVersChaîne(duAvance, "HH h MM"), DuréeVersChaîne(duAvance, "+HH h MM")) // expect: -01 h 30, -01 h 30
// « + » n'écrit que le signe d'une durée négative (le masque de duréeCentième est
// « +JHHMMSSLL » dans le runtime de WINDEV Mobile, et la page donne « 001152800 »)
Trace(DureeVersChaine(duTravail, "+HH h MM")) // expect: 01 h 30
// `mm` et `ss` seuls sont les minutes et les secondes, comme dans un masque de DateHeure
// ("HH:mm" écrivait "02:mm") ; collés à une lettre ils restent du texte
Trace(DuréeVersChaîne(2 h 5 min 7 s, "HH:mm:ss"), DuréeVersChaîne(90 s, "mm:ss"), DuréeVersChaîne(2 h 5 min, "HHhmm")) // expect: 02:05:07, 01:30, 02hmm
Trace(ChaîneVersDurée("02:05", "HH:mm")..EnMinutes, DuréeVersChaîne(2 h, "HH heures passées")) // expect: 125, 02 heures passées
// "HHhmm" n'est pas un masque documenté (?3027007 nomme D, HH, MM, SS et CCC, en
// majuscules) : les minutes s'écrivent "MM"
Trace(DuréeVersChaîne(2 h 5 min, "HHhMM")) // expect: 02h05
