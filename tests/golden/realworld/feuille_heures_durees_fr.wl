// Feuille d'heures hebdomadaire : on additionne des Durées et on affiche "37 h 30".
STRUCTURE STPointage
	sJour est une chaîne
	hArrivée est une Heure
	hDépart est une Heure
	duPause est une Durée
FIN

tabSemaine est un tableau de STPointage
AjoutePointage(tabSemaine, "Lundi", "0830", "1700", 45 min)
AjoutePointage(tabSemaine, "Mardi", "0845", "1730", 1 h)
AjoutePointage(tabSemaine, "Mercredi", "0800", "1215", 0 min)
AjoutePointage(tabSemaine, "Jeudi", "0830", "1800", 1 h 15 min)
AjoutePointage(tabSemaine, "Vendredi", "0815", "1830", 45 min)

duTotal est une Durée
POUR TOUT stP DE tabSemaine
	duJour est une Durée = stP.hDépart - stP.hArrivée - stP.duPause
	duTotal += duJour
	Trace(Complète(stP.sJour, 10) + FormateDurée(duJour))
FIN
Trace("Total : " + FormateDurée(duTotal))
duContrat est une Durée = 35 h
SI duTotal > duContrat ALORS
	Trace("Heures supplémentaires : " + FormateDurée(duTotal - duContrat))
SINON
	Trace("Heures manquantes : " + FormateDurée(duContrat - duTotal))
FIN
Trace("En minutes : " + duTotal..EnMinutes)
Trace("En heures décimales : " + NumériqueVersChaîne(duTotal..EnHeures, ".2f"))
Trace(DuréeVersChaîne(duTotal, "HH:MM"))
// expect: Lundi     7 h 45
// expect: Mardi     7 h 45
// expect: Mercredi  4 h 15
// expect: Jeudi     8 h 15
// expect: Vendredi  9 h 30
// expect: Total : 37 h 30
// expect: Heures supplémentaires : 2 h 30
// expect: En minutes : 2250
// expect: En heures décimales : 37.50
// expect: 37:30

PROCÉDURE AjoutePointage(tab est un tableau de STPointage, LOCAL sJour, LOCAL sArrivée, LOCAL sDépart, LOCAL duPause est une Durée)
st est un STPointage
st.sJour = sJour
st.hArrivée = sArrivée
st.hDépart = sDépart
st.duPause = duPause
TableauAjoute(tab, st)

PROCÉDURE FormateDurée(du est une Durée) : chaîne
nMinutes est un entier = du..EnMinutes
nHeures est un entier = nMinutes / 60  // un entier garde la partie entière
RENVOYER ChaîneConstruit("%1 h %2", nHeures, NumériqueVersChaîne(nMinutes modulo 60, "02d"))
