// Tournées de livraison (minuscules, accents ou non) : heures d'arrivée cumulées avec des
// durées lues en texte ("1 h 10 min"), durée d'arrêt par le ternaire, jours ouvrés hors
// fériés (JourFérieAjoute / JourFérié), numéros de semaine, DateHeure - DateHeure en
// durée, heures en centièmes (HeureVersEntier, EntierVersHeure), DateVersEntier.
stArret est une structure
	sClient est une chaîne
	hArrivee est une heure
	duArret est une durée
fin

JourFérieAjoute("0101")
JourFerieAjoute("1225")
JourFérieAjoute("1111")

tabArrets est un tableau de stArret
hCourante est une Heure = "073000"
duTrajet est une Durée
tabTrajets est un tableau de chaînes = ["25 min", "1 h 10 min", "40 min", "15 min"]
tabClients est un tableau de chaînes = ["Boulangerie Roux", "Garage Petit", "Mairie", "Pharmacie Blanc"]
pour i = 1 a tabClients..occurrence
	st est un stArret
	st.sClient = tabClients[i]
	duTrajet = tabTrajets[i]
	hCourante = hCourante + duTrajet
	st.hArrivee = hCourante
	st.duArret = (i = 3 ? 30 min sinon 10 min)
	hCourante += st.duArret
	tabArrets.ajoute(st)
fin
pour tout st de tabArrets
	trace(heureversChaine(st.hArrivee, "HH:MM") + " " + st.sClient)
fin
// expect: 07:55 Boulangerie Roux
// expect: 09:15 Garage Petit
// expect: 10:05 Mairie
// expect: 10:50 Pharmacie Blanc
trace("retour dépôt : " + HeureVersChaîne(hCourante, "HH:MM")) // expect: retour dépôt : 11:00

// la tournée du lundi 9 novembre 2026 sur deux semaines, jours ouvrés seulement
dJour est une Date = "20261109"
nOuvres est un entier
tantque nOuvres < 10
	si DateVersJour(dJour) <= 5 et pas JourFérié(dJour) alors
		nOuvres++
		si DateVersJour(dJour) = 1 alors trace("semaine " + DateVersNuméroDeSemaine(dJour) + " : " + DateVersChaîne(dJour, "JJJJ JJ MMMM"))
	fin
	dJour..Jour++
fin
// expect: semaine 46 : lundi 09 novembre
// expect: semaine 47 : lundi 16 novembre
// expect: semaine 48 : lundi 23 novembre
trace("fin : " + DateVersChaîne(dJour - 1, "JJ/MM/AAAA")) // expect: fin : 23/11/2026

// écart entre deux dates et heures de pointage
dhDebut est une DateHeure = "20261109073000"
dhFin est une DateHeure = "20261109163500"
duJournée est une Durée = dhFin - dhDebut
trace(duJournée..EnMinutes + " minutes, soit " + DuréeVersChaîne(duJournée, "HH h MM")) // expect: 545 minutes, soit 09 h 05
SI duJournée > 9 h ALORS trace("dépassement de " + (duJournée - 9 h)..EnMinutes + " min") // expect: dépassement de 5 min

// heures en centièmes depuis minuit
nCentiemes est un entier = HeureVersEntier("0815")
trace(nCentiemes) // expect: 2970000
trace(HeureVersChaîne(EntierVersHeure(nCentiemes + 360000), "HH:MM")) // expect: 09:15
trace(DateVersEntier("20261231") - DateVersEntier("20260101") + 1) // expect: 365
trace(EntierVersDate(DateVersEntier("20261109") + 30)) // expect: 20261209
