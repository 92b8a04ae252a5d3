// Feuilles de temps vers la paie : une structure par vacation, des durées cumulées,
// les heures supplémentaires au-delà de 35 h, l'arrondi monétaire, un état en texte.
STVacation est une Structure
	sSalarié est une chaîne
	dJour est une Date
	hDébut est une Heure
	hFin est une Heure
	duPause est une Durée
FIN

CONSTANTE
	HEURES_SEMAINE = 35
	TAUX_MAJORATION = 1.25
FIN

tabVacations est un tableau de STVacation
taTaux est un tableau associatif de monétaires
taTaux["ALICE"] = 18.50
taTaux["BRUNO"] = 15.75

AjouteVacation("alice", "01/12/2025", "0800", "1700")
AjouteVacation("alice", "02/12/2025", "0800", "1830", 45)
AjouteVacation("alice", "03/12/2025", "0800", "1800")
AjouteVacation("alice", "04/12/2025", "0800", "1800", 60)
AjouteVacation("bruno", "01/12/2025", "1400", "2200", 0)
AjouteVacation("bruno", "03/12/2025", "1400", "2100")

taMinutes est un tableau associatif d'entiers
POUR TOUT st DE tabVacations
	taMinutes[st.sSalarié] += MinutesTravaillées(st)
FIN

POUR TOUT nMin, sQui DE taMinutes
	nHeures est un réel = nMin / 60
	nSup est un réel = Max(0, nHeures - HEURES_SEMAINE)
	moPaie est un monétaire = (nHeures - nSup) * taTaux[sQui] + nSup * taTaux[sQui] * TAUX_MAJORATION
	Trace(ChaîneConstruit("%1 : %2 h (%3 sup.), paie %4", sQui, NumériqueVersChaîne(nHeures, "5.2f"), ...
		NumériqueVersChaîne(nSup, ".2f"), NumériqueVersChaîne(moPaie, "10.2f")))
FIN
// expect: ALICE : 36.75 h (1.75 sup.), paie     687.97
// expect: BRUNO : 14.50 h (0.00 sup.), paie     228.38

tabJours est un tableau de STVacation = tabVacations
TableauTrie(tabJours, ttMembre, "-hFin")
Trace("Fin la plus tardive : " + tabJours[1].sSalarié + " " + HeureVersChaîne(tabJours[1].hFin, "HH:MM"))
// expect: Fin la plus tardive : BRUNO 22:00

nFinSemaine, nSemaine sont des entiers
POUR TOUT st DE tabVacations
	SELON DateVersJour(st.dJour)
		CAS 6, 7 : nFinSemaine++
		CAS 1 À 5 : nSemaine++
	FIN
FIN
Trace("jours de semaine " + nSemaine + ", fin de semaine " + nFinSemaine)
// expect: jours de semaine 6, fin de semaine 0

PROCÉDURE AjouteVacation(sQui est une chaîne, sJour est une chaîne, sDe est une chaîne, sA est une chaîne, nPauseMin est un entier = 30)
	st est une STVacation
	st.sSalarié = Majuscule(sQui)
	st.dJour = ChaîneVersDate(sJour, "JJ/MM/AAAA")
	st.hDébut = sDe
	st.hFin = sA
	st.duPause = nPauseMin * 60 * 1000 // millisecondes
	TableauAjoute(tabVacations, st)

PROCÉDURE MinutesTravaillées(st est une STVacation) : entier
	duJour est une Durée = st.hFin - st.hDébut
	RENVOYER duJour..EnMinutes - st.duPause..EnMinutes
