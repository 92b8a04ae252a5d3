// Heures supplémentaires de la semaine : 25 % de 35 h à 43 h, 50 % au-delà
// (DuréeVersChaîne avec "HH:mm", les minutes écrites comme dans un masque de DateHeure,
// écrivait "09:mm" : docs/builtins.md "Durations as text")
STHeureJour est une Structure
	dDate est une Date
	hArrivée est une Heure
	hDépart est une Heure
	duPause est une Durée
FIN

tabSemaine est un tableau de STHeureJour
j est un STHeureJour
dLundi est une Date = "20250602"
POUR i = 0 _À_ 4
	j.dDate = dLundi + i
	j.hArrivée = "08:00"
	j.hDépart = (i = 4 ? "16:00" SINON "18:15")
	j.duPause = 45 min
	TableauAjoute(tabSemaine, j)
FIN
duTotal est une Durée
POUR TOUT jour DE tabSemaine
	duTotal += DuréeTravaillée(jour)
	Trace(DateVersChaîne(jour.dDate, "JJJ JJ/MM"), DuréeVersChaîne(DuréeTravaillée(jour), "HH:mm"))
FIN
Trace("Semaine : " + DuréeVersChaîne(duTotal, "HH:mm"), duTotal..EnHeures)
Trace("Brut : " + CalculeMajoration(duTotal, 12.50))
Trace("35 h pile : " + CalculeMajoration(35 h, 12.50))
Trace("40 h : " + CalculeMajoration(40 h, 12.50))
// expect: lun. 02/06, 09:30
// expect: mar. 03/06, 09:30
// expect: mer. 04/06, 09:30
// expect: jeu. 05/06, 09:30
// expect: ven. 06/06, 07:15
// expect: Semaine : 45:15, 45.25
// expect: Brut : 604.6875
// expect: 35 h pile : 437.5
// expect: 40 h : 515.625

PROCÉDURE DuréeTravaillée(LOCAL j est STHeureJour) : Durée
	duJour est une Durée = j.hDépart - j.hArrivée
	RENVOYER duJour - j.duPause

PROCEDURE CalculeMajoration(duSemaine est une Durée, moTauxHoraire est un monétaire, *)
	duBase est une Durée = 35 h
	duPalier est une Durée = 43 h
	moTotal est un monétaire = 0
	SI duSemaine <= duBase ALORS
		moTotal = duSemaine..EnHeures * moTauxHoraire
	SINON
		moTotal = 35 * moTauxHoraire
		duSup25 est une Durée = Min(duSemaine, duPalier) - duBase
		moTotal += duSup25..EnHeures * moTauxHoraire * 1.25
		SI duSemaine > duPalier ALORS
			duSup50 est une durée = duSemaine - duPalier
			moTotal += duSup50..EnHeures * moTauxHoraire * 1.5
		FIN
	FIN
	RENVOYER moTotal
