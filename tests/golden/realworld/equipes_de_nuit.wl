// Pointage des équipes de nuit : prises de poste qui passent minuit (DateHeure bâtie
// depuis la date et l'heure, fin le lendemain par ..Jour++), heures entre 21 h et 6 h
// comptées par quarts d'heure, cumuls par salarié dans des tableaux associatifs de
// durées, prime de nuit ; une procédure du programme nommée comme une fonction (Ajoute).
STPointage est une Structure
	sSalarié est une chaîne
	dJour est une Date
	hArrivée est une Heure
	hDépart est une Heure
FIN
tabP est un tableau de STPointage
Ajoute(tabP, "Alves",  "20261130", "2100", "0530")
Ajoute(tabP, "Alves",  "20261201", "2130", "0600")
Ajoute(tabP, "Bertin", "20261130", "1400", "2200")
Ajoute(tabP, "Bertin", "20261201", "2200", "0700")
Ajoute(tabP, "Chen",   "20261205", "2300", "0730")

taNuit est un tableau associatif de Durées
taTotal est un tableau associatif de Durées
POUR TOUT p DE tabP
	dhDébut est une DateHeure = DateVersChaîne(p.dJour, "AAAAMMJJ") + HeureVersChaîne(p.hArrivée, "HHMMSS")
	dhFin est une DateHeure = DateVersChaîne(p.dJour, "AAAAMMJJ") + HeureVersChaîne(p.hDépart, "HHMMSS")
	SI p.hDépart < p.hArrivée ALORS dhFin..Jour++		// fin le lendemain
	duPoste est une Durée = dhFin - dhDébut
	duNuit est une Durée = HeuresDeNuit(dhDébut, dhFin)
	taTotal[p.sSalarié] += duPoste
	taNuit[p.sSalarié] += duNuit
	Trace(ChaîneConstruit("%1 %2 %3-%4 : %5 dont %6 de nuit%7", Complète(p.sSalarié, 7), ...
		DateVersChaîne(p.dJour, "JJ/MM"), HeureVersChaîne(p.hArrivée, "HH:MM"), ...
		HeureVersChaîne(p.hDépart, "HH:MM"), DuréeVersChaîne(duPoste, "HH:MM"), ...
		DuréeVersChaîne(duNuit, "HH:MM"), (DateVersJour(p.dJour) >= 6 ? " (week-end)" SINON "")))
FIN
// expect: Alves   30/11 21:00-05:30 : 08:30 dont 08:30 de nuit
// expect: Alves   01/12 21:30-06:00 : 08:30 dont 08:30 de nuit
// expect: Bertin  30/11 14:00-22:00 : 08:00 dont 01:00 de nuit
// expect: Bertin  01/12 22:00-07:00 : 09:00 dont 08:00 de nuit
// expect: Chen    05/12 23:00-07:30 : 08:30 dont 07:00 de nuit (week-end)
POUR TOUT duT, sNom DE taTotal
	mPrime est un monétaire = Arrondi(taNuit[sNom]..EnMinutes / 60 * 2.15, 2)
	Trace(sNom + " : " + duT..EnHeures + " h, prime de nuit " + mPrime + " EUR")
FIN
// expect: Alves : 17 h, prime de nuit 36.55 EUR
// expect: Bertin : 17 h, prime de nuit 19.35 EUR
// expect: Chen : 8.5 h, prime de nuit 15.05 EUR

PROCÉDURE Ajoute(tab est un tableau de STPointage, sNom, sJour, sDe, sA)
p est un STPointage
p.sSalarié = sNom ; p.dJour = sJour ; p.hArrivée = sDe ; p.hDépart = sA
TableauAjoute(tab, p)

// les heures entre 21 h et 6 h
PROCÉDURE HeuresDeNuit(dhA est une DateHeure, dhB est une DateHeure) : Durée
duCompte est une Durée
dhT est une DateHeure = dhA
TANTQUE dhT < dhB
	nH est un entier = dhT..Heure
	SI nH >= 21 OU nH < 6 ALORS duCompte += 15 min
	dhT..Minute += 15
FIN
RENVOYER duCompte
