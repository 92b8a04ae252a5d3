// Créneaux de 15 minutes entre 08:00 et 12:00, sans ceux déjà réservés
STRéservation est une structure
	hDébut est une Heure
	duDurée est une Durée
FIN
tabRésa est un tableau de STRéservation
r est un STRéservation
r.hDébut = "08:30" ; r.duDurée = 30 min ; TableauAjoute(tabRésa, r)
r.hDébut = "10:00" ; r.duDurée = 1 h ; TableauAjoute(tabRésa, r)
r.hDébut = "11:40" ; r.duDurée = 10 min ; TableauAjoute(tabRésa, r)
tabLibres est un tableau de Heures = CréneauxLibres("08:00", "12:00", 15 min, tabRésa)
Trace(tabLibres..Occurrence + " créneaux libres")
sListe est une chaîne
POUR TOUT h DE tabLibres
	sListe += [", "] + HeureVersChaîne(h, "HH:MM")
FIN
Trace(sListe)
Trace(EstLibre("09:00", 15 min, tabRésa), EstLibre("10:45", 15 min, tabRésa), EstLibre("11:30", 15 min, tabRésa))
// expect: 8 créneaux libres
// expect: 08:00, 08:15, 09:00, 09:15, 09:30, 09:45, 11:00, 11:15
// expect: 1, 0, 0

PROCÉDURE CréneauxLibres(hOuverture est une Heure, hFermeture est une Heure, duPas est une Durée, tRésa est un tableau de STRéservation)
	tRés est un tableau de Heures
	hCréneau est une Heure = hOuverture
	TANTQUE hCréneau + duPas <= hFermeture
		SI EstLibre(hCréneau, duPas, tRésa) ALORS TableauAjoute(tRés, hCréneau)
		hCréneau = hCréneau + duPas
	FIN
	RENVOYER tRés

PROCÉDURE EstLibre(hDébut est une Heure, duPas est une Durée, tRésa est un tableau de STRéservation) : booléen
	hFin est une Heure = hDébut + duPas
	POUR TOUT rés DE tRésa
		SI hDébut < rés.hDébut + rés.duDurée ET rés.hDébut < hFin ALORS RENVOYER Faux
	FIN
	RENVOYER Vrai
