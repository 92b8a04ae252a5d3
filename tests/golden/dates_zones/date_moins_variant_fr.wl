// Une Date, une Heure ou une DateHeure à côté d'un Variant (ou d'un paramètre non typé)
// contenant une autre d'elles calcule comme deux déclarées : une Heure ôtée d'une Date
// s'arrête avec les mêmes mots (cela donnait « 9 h 55 min 3 s 150 ms ») ; un nombre de
// jours déplace toujours la Date.
dJour est une Date = "20250315"
hA est une Heure = "1030"
vA est un Variant = hA
vJours est un Variant = 3
Trace(dJour + vJours, dJour - vJours, vJours + dJour) // expect: 20250318, 20250312, 20250318
QUAND EXCEPTION DANS
	Trace(dJour - vA)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be subtracted from a Date: a Time has no date (subtract a Duration, or make both DateTimes).
FIN
Écart(dJour, hA) // expect: A Time cannot be subtracted from a Date: a Time has no date (subtract a Duration, or make both DateTimes).

PROCÉDURE Écart(pDe, hÀ est une Heure)
QUAND EXCEPTION DANS
	Trace(pDe - hÀ)
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
