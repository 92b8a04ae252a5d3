// Promesses de livraison : jours ouvrés sans week-ends ni jours fériés, une heure
// limite, l'arithmétique des DateHeure au passage d'un mois, les durées entre scans.
tabFériés est un tableau de Dates = ["20251225", "20251226", "20260101"]

dhA est une DateHeure = "20251219143000"
dhB est une DateHeure = "20251219153000"
dhC est une DateHeure = "20251227100000"
dhD est une DateHeure = "20251224090000"
POUR TOUT dh DE [dhA, dhB, dhC, dhD]
	d est une Date = Promesse(dh, 2)
	Trace(DateHeureVersChaîne(dh, "JJ/MM HH:mm") + " -> " + DateVersChaîne(d, "JJ/MM/AAAA") + " (semaine " + NuméroDeSemaine(d) + ", ISO " + NuméroDeSemaine(d, iso8601) + ")")
FIN
// expect: 19/12 14:30 -> 23/12/2025 (semaine 52, ISO 52)
// expect: 19/12 15:30 -> 24/12/2025 (semaine 52, ISO 52)
// expect: 27/12 10:00 -> 31/12/2025 (semaine 53, ISO 1)
// expect: 24/12 09:00 -> 30/12/2025 (semaine 53, ISO 1)

// scans d'un colis : durée entre deux scans et au total
tabScans est un tableau de DateHeures = ["20251230084500", "20251230231000", "20251231061500", "20260102091005"]
duTotal est une Durée
POUR i = 2 _À_ tabScans..Occurrence
	duEtape est une Durée = tabScans[i] - tabScans[i - 1]
	duTotal += duEtape
	Trace("étape " + (i - 1) + " : " + PartieEntière(duEtape..EnHeures) + " h " + duEtape..Minute + " min")
FIN
Trace("total " + duTotal..Jour + " jours, " + duTotal..Heure + " h " + duTotal..Minute + " min " + duTotal..Seconde + " s")
// expect: étape 1 : 14 h 25 min
// expect: étape 2 : 7 h 5 min
// expect: étape 3 : 50 h 55 min
// expect: total 3 jours, 0 h 25 min 5 s

// dernier jour ouvré de chaque mois du trimestre
POUR nMois = 10 À 12
	dDernier est une Date = DernierJourDuMois(2025, nMois)
	TANTQUE PAS EstOuvré(dDernier)
		dDernier..Jour--
	FIN
	Trace(nMois + " : " + DateVersChaîne(dDernier, "JJ"))
FIN
// expect: 10 : 31
// expect: 11 : 28
// expect: 12 : 31

PROCÉDURE EstOuvré(d est une Date) : booléen
	SI DateVersJour(d) >= 6 ALORS RENVOYER Faux
	RENVOYER TableauCherche(tabFériés, tcLinéaire, d) = -1

PROCÉDURE AjouteJoursOuvrés(d est une Date, n est un entier) : Date
	dRés est une Date = d
	TANTQUE n > 0
		dRés..Jour++
		SI EstOuvré(dRés) ALORS n--
	FIN
	RENVOYER dRés

PROCÉDURE Promesse(dhCommande est une DateHeure, nJours est un entier) : Date
	dDépart est une Date = dhCommande..PartieDate
	// après 15 h ou un jour fermé, la commande part du jour ouvré suivant
	SI dhCommande..Heure >= 15 OU PAS EstOuvré(dDépart) ALORS
		dDépart = AjouteJoursOuvrés(dDépart, 1)
	FIN
	RENVOYER AjouteJoursOuvrés(dDépart, nJours)
