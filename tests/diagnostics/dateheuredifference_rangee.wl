// DateHeureDifférence donne un texte en centièmes, "+JJJJJJJHHMMSSCC" (?3027020 : pour
// l'affecter à une Durée, ChaîneVersDurée avec duréeCentième) : rangé dans une Durée il
// est lu en millièmes, dans un nombre comme ses chiffres. WL206 le dit (le contrôle ne
// disait rien ; une Durée valait 23 min pour 2 h 30 min).
dhDébut est une DateHeure = "20250312143000"
dhFin est une DateHeure = "20250312170000"
duEcart est une Durée
duEcart = DateHeureDifférence(dhDébut, dhFin) // warning: WL206:1 'duEcart' is a Duration: DateHeureDifférence gives a text of hundredths (+DDDDDDDHHMMSSCC), which a Duration reads as milliseconds (+DHHMMSSCCC): 2 h 30 min becomes 23 min; use ChaîneVersDurée(..., duréeCentième) or subtract the two DateTimes (dt2 - dt1 is a Duration)
rHeures est un réel = dateheuredifference(dhDébut, dhFin) // warning: WL206:1 'rHeures' is a real: dateheuredifference gives a text (+DDDDDDDHHMMSSCC), stored as the number its digits make (2 h 30 min gives 2300000), not a count of minutes; use ChaîneVersDurée(..., duréeCentième) or subtract the two DateTimes (dt2 - dt1 is a Duration)
// les façons de la page : aucun avertissement
duEcart = ChaîneVersDurée(DateHeureDifférence(dhDébut, dhFin), duréeCentième)
duAutre est une Durée = dhFin - dhDébut
Trace(duEcart, rHeures, duAutre)
