// Planning hebdomadaire des techniciens : créneaux en DateHeure + Durée (durées lues en
// texte dans une procédure interne), tri sur deux membres, chevauchements, cumul par
// technicien dans un tableau associatif de Durées, heures de nuit comptées par quarts
// d'heure (..Minute += 15 passe minuit), semaine ISO (PremierJourDeLaSemaine)
STCréneau est une Structure
	sTech est une chaîne
	dhDébut est une DateHeure
	duDurée est une Durée
FIN
tabPlanning est un tableau de STCréneau
PROCÉDURE INTERNE Ajoute(sTech, sDébut, sDurée)
	st est un STCréneau
	st.sTech = sTech
	st.dhDébut = sDébut
	st.duDurée = sDurée
	tabPlanning.Ajoute(st)
FIN
Ajoute("Alain", "20261130080000", "4 h")
Ajoute("Alain", "20261130113000", "3 h 30 min")
Ajoute("Béa", "20261130220000", "8 h")
Ajoute("Béa", "20261201140000", "2 h 15 min")
Ajoute("Alain", "20261202233000", "1 h 45 min")
dLundi est une Date = PremierJourDeLaSemaine("20261202")
Trace("semaine " + NuméroDeSemaine(dLundi) + " du " + DateVersChaîne(dLundi, "JJ/MM") + ...
	" au " + DateVersChaîne(DernierJourDeLaSemaine(dLundi), "JJ/MM/AAAA"))
// expect: semaine 49 du 30/11 au 06/12/2026
TableauTrie(tabPlanning, ttMembre, "+sTech;+dhDébut")
taCumul est un tableau associatif de Durées
POUR i = 1 _À_ tabPlanning.Occurrence
	stC est un STCréneau = tabPlanning[i]
	dhFin est une DateHeure = stC.dhDébut + stC.duDurée
	Trace(ChaîneConstruit("%1 %2 -> %3 (%4)", stC.sTech, DateHeureVersChaîne(stC.dhDébut, "JJ/MM HH:mm"), ...
		DateHeureVersChaîne(dhFin, "JJ/MM HH:mm"), DuréeVersChaîne(stC.duDurée, "HH:MM")))
	taCumul[stC.sTech] += stC.duDurée
	SI i < tabPlanning.Occurrence _ET_ tabPlanning[i + 1].sTech = stC.sTech ALORS
		SI tabPlanning[i + 1].dhDébut < dhFin ALORS
			duRecouvre est une Durée = dhFin - tabPlanning[i + 1].dhDébut
			Trace("   chevauchement de " + duRecouvre..EnMinutes + " min")
		FIN
	FIN
FIN
// expect: Alain 30/11 08:00 -> 30/11 12:00 (04:00)
// expect:    chevauchement de 30 min
// expect: Alain 30/11 11:30 -> 30/11 15:00 (03:30)
// expect: Alain 02/12 23:30 -> 03/12 01:15 (01:45)
// expect: Béa 30/11 22:00 -> 01/12 06:00 (08:00)
// expect: Béa 01/12 14:00 -> 01/12 16:15 (02:15)
POUR TOUT du, sTech DE taCumul
	Trace(sTech + " : " + du..EnHeures + " h, " + DuréeVersChaîne(du, "HH h MM"))
FIN
// expect: Alain : 9.25 h, 09 h 15
// expect: Béa : 10.25 h, 10 h 15
// heures de nuit (22 h - 6 h) de chaque créneau, par quarts d'heure
POUR TOUT st DE tabPlanning
	dh est une DateHeure = st.dhDébut
	dhFin est une DateHeure = st.dhDébut + st.duDurée
	nNuit est un entier = 0
	TANTQUE dh < dhFin
		SI dh..Heure >= 22 OU dh..Heure < 6 ALORS nNuit += 15
		dh..Minute += 15
	FIN
	SI nNuit > 0 ALORS Trace(st.sTech + " le " + DateVersChaîne(st.dhDébut..Date, "JJ/MM") + " : " + nNuit / 60 + " h de nuit")
FIN
// expect: Alain le 02/12 : 1.75 h de nuit
// expect: Béa le 30/11 : 8 h de nuit
