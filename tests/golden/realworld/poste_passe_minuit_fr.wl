// Feuille de temps : un poste qui passe minuit. Heure de fin avant l'heure de début :
// la différence de deux Heures est une Durée négative, 24 h la corrige ; avec des
// DateHeure la date suit et rien n'est à corriger. Cumul de la semaine, 45 min de
// pause déduites par poste, total en heures décimales et en HH:MM.
hDébut est une Heure = "2200"
hFin est une Heure = "0630"
duPoste est une Durée
SI hFin < hDébut ALORS
	duPoste = (hFin - hDébut) + 24 h
SINON
	duPoste = hFin - hDébut
FIN
Trace(duPoste..EnMinutes, duPoste..Heure, duPoste..Minute) // expect: 510, 8, 30
Trace(duPoste) // expect: 8 h 30 min
// avec des DateHeure, pas besoin de corriger
dhDébut est un DateHeure = "20251231220000"
dhFin est un DateHeure = dhDébut
dhFin..Date = "20260101"
dhFin..Heure = 6
dhFin..Minute = 30
duNuit est une Durée = dhFin - dhDébut
Trace(duNuit..EnHeures, duNuit.EnMinutes) // expect: 8.5, 510
Trace(DateHeureVersChaîne(dhFin, "JJ/MM/AAAA HH:mm")) // expect: 01/01/2026 06:30
// cumul de la semaine
duSemaine est une Durée
tabPostes est un tableau de chaînes = ["2200-0630", "2300-0700", "1400-2200", "2130-0545"]
POUR TOUT sPoste DE tabPostes
	h1 est une Heure = ExtraitChaîne(sPoste, 1, "-")
	h2 est une Heure = ExtraitChaîne(sPoste, 2, "-")
	du est une Durée = h2 - h1
	SI du < 0 s ALORS du += 24 h
	du -= 45 min
	duSemaine += du
	Trace(sPoste, du..EnMinutes)
FIN
// expect: 2200-0630, 465
// expect: 2300-0700, 435
// expect: 1400-2200, 435
// expect: 2130-0545, 450
Trace(duSemaine..EnHeures, DuréeVersChaîne(duSemaine, "HH:MM")) // expect: 29.75, 29:45
// une Heure qui passe minuit revient à 0 h
hPointage est une Heure = "2330"
hPointage = hPointage + 45 min
Trace(HeureVersChaîne(hPointage, "HH:MM")) // expect: 00:15
