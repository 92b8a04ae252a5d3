// Les jours ouvrés entre deux dates comme un programme de planning ou de paie les compte :
// du lundi au vendredi, hors jours fériés français (les fixes par "MMJJ", le lundi de
// Pâques, le jeudi de l'Ascension et le lundi de Pentecôte par leurs constantes), les deux
// bornes comprises ; puis une date de livraison N jours ouvrés après une commande.
JourFériéSupprimeTout()
POUR TOUT sJour DE ["0101", "0501", "0508", "0714", "0815", "1101", "1111", "1225"]
	JourFériéAjoute(sJour)
FIN
JourFériéAjoute(jfLundiDePâques)
JourFériéAjoute(jfJeudiDeLAscension)
JourFériéAjoute(jfLundiDePentecôte)
Trace(JoursOuvrés("20261201", "20261231")) // expect: 22
Trace(JoursOuvrés("20260501", "20260531")) // expect: 17
Trace(JoursOuvrés("20260101", "20261231")) // expect: 252
Trace(DateVersChaîne(AprèsJoursOuvrés("20261223", 3))) // expect: 29/12/2026
Trace(DateVersChaîne(AprèsJoursOuvrés("20260430", 1))) // expect: 04/05/2026

PROCÉDURE JoursOuvrés(dDébut est une Date, dFin est une Date) : entier
nNombre est un entier
dJour est une Date = dDébut
TANTQUE dJour <= dFin
	SI EstOuvré(dJour) ALORS nNombre++
	dJour++
FIN
RENVOYER nNombre

PROCÉDURE AprèsJoursOuvrés(dDépart est une Date, nJours est un entier) : Date
dJour est une Date = dDépart
BOUCLE (nJours)
	dJour++
	TANTQUE PAS EstOuvré(dJour)
		dJour++
	FIN
FIN
RENVOYER dJour

PROCÉDURE EstOuvré(dJour est une Date) : booléen
RENVOYER DateVersJourDeLaSemaine(dJour) <= 5 ET PAS JourFérié(dJour)
