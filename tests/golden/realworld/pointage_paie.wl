// Pointage de la semaine : heures par jour, total, heures supplémentaires et salaire brut
CONSTANTE
	DURÉE_LÉGALE = 35 // heures
	MAJORATION_25 = 1.25
FIN
STPointage est une Structure
	sJour est une chaîne
	hArrivée1 est une Heure
	hDépart1 est une Heure
	hArrivée2 est une Heure
	hDépart2 est une Heure
FIN
tabSemaine est un tableau de STPointage = [ ...
	["Lundi", "0800", "1200", "1300", "1730"], ...
	["Mardi", "0815", "1200", "1300", "1800"], ...
	["Mercredi", "0900", "1230"], ...
	["Jeudi", "0745", "1200", "1245", "1915"], ...
	["Vendredi", "0800", "1200", "1300", "1600"]]
duTotal est une Durée
hPlusTôt est une Heure = "2359"
sJourPlusTôt est une chaîne
POUR TOUT stP DE tabSemaine
	duJour est une Durée = (stP.hDépart1 - stP.hArrivée1) + (stP.hDépart2 - stP.hArrivée2)
	duTotal += duJour
	Trace(Complète(stP.sJour, 9) + DuréeVersChaîne(duJour, "HH:MM"))
	SI stP.hArrivée1 < hPlusTôt ALORS
		hPlusTôt = stP.hArrivée1
		sJourPlusTôt = stP.sJour
	FIN
FIN
// expect: Lundi    08:30
// expect: Mardi    08:45
// expect: Mercredi 03:30
// expect: Jeudi    10:45
// expect: Vendredi 07:00
Trace("Total : " + duTotal..EnHeures + " h") // expect: Total : 38.5 h
Trace("Arrivée la plus tôt : " + sJourPlusTôt + " à " + HeureVersChaîne(hPlusTôt, "HH:mm")) // expect: Arrivée la plus tôt : Jeudi à 07:45
rSup est un réel = Max(0, duTotal..EnHeures - DURÉE_LÉGALE)
Trace("Heures supplémentaires : " + rSup) // expect: Heures supplémentaires : 3.5
mTaux est un monétaire = 14.50
mBrut est un monétaire = DURÉE_LÉGALE * mTaux + Arrondi(rSup * mTaux * MAJORATION_25, 2)
Trace("Brut : " + NumériqueVersChaîne(mBrut, "10.2f")) // expect: Brut :     570.94
// La pause de midi la plus courte (les jours travaillés l'après-midi)
duPause est une Durée = 10 h
POUR TOUT stP DE tabSemaine
	SI stP.hArrivée2 = "00000000" ALORS CONTINUER
	SI stP.hArrivée2 - stP.hDépart1 < duPause ALORS duPause = stP.hArrivée2 - stP.hDépart1
FIN
Trace("Pause la plus courte : " + duPause..EnMinutes + " min") // expect: Pause la plus courte : 45 min
